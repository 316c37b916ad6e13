package id.spbe.instrument;

import id.spbe.common.Forms;
import org.springframework.security.core.userdetails.UserDetails;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Two versions of one instrument side by side (ADMIN only): every indicator, weight, criterion,
 * evidence item and band added, removed or changed, with the old and the new text. Offered before
 * publishing a draft, and for any two versions afterwards. A GET: choosing versions changes nothing.
 */
@Controller
class InstrumentCompareController {

	private final InstrumentVersions versions;

	InstrumentCompareController(InstrumentVersions versions) {
		this.versions = versions;
	}

	@GetMapping("/admin/instruments/{code}/compare")
	String compare(@AuthenticationPrincipal UserDetails user, @PathVariable String code,
			@ModelAttribute("compareForm") CompareForm form, BindingResult binding, Model model) {
		List<InstrumentVersionViews.VersionRow> rows = versions.versions(user, code);
		model.addAttribute("code", code);
		model.addAttribute("rows", rows);
		int[] chosen = form.choose(binding, rows);
		if (chosen != null) {
			int from = chosen[0];
			int to = chosen[1];
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("changes", versions.compare(user, code, from, to));
			model.addAttribute("target", rows.stream().filter(r -> r.version() == to).findFirst().orElseThrow());
			model.addAttribute("targetProblems", versions.problems(user, code, to));
		}
		Forms.fresh(model, "actionForm", VersionActionForm::new);
		return "admin/instruments/compare";
	}
}
