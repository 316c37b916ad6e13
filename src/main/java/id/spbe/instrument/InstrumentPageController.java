package id.spbe.instrument;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The instrument browser: list of instruments and one instrument's tree with criteria. */
@Controller
class InstrumentPageController {

	private final InstrumentCatalog catalog;

	InstrumentPageController(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/instruments")
	String list(Model model) {
		model.addAttribute("instruments", catalog.list());
		return "instruments/list";
	}

	@GetMapping("/instruments/{code}")
	String detail(@PathVariable String code, Model model) {
		InstrumentDefinition instrument = catalog.current(code)
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("instrument", instrument);
		return "instruments/detail";
	}
}
