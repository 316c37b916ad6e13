package id.spbe.instrument;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

	/**
	 * The current version, or with {@code version} the one an evaluation uses: once administrators
	 * publish a new version, an evaluation's link must still show the criteria it is assessed on.
	 */
	@GetMapping("/instruments/{code}")
	String detail(@PathVariable String code, @RequestParam(required = false) Integer version, Model model) {
		InstrumentDefinition instrument = (version == null ? catalog.current(code) : catalog.version(code, version))
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("instrument", instrument);
		return "instruments/detail";
	}
}
