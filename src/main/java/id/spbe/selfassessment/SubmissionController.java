package id.spbe.selfassessment;

import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.Worksheets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The readiness page (what still blocks each indicator) and the coordinator's submission. */
@Controller
class SubmissionController {

	private final Worksheets worksheets;
	private final Transitions transitions;
	private final Messages messages;

	SubmissionController(Worksheets worksheets, Transitions transitions, Messages messages) {
		this.worksheets = worksheets;
		this.transitions = transitions;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/readiness")
	String readiness(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("ws", worksheets.worksheet(user, id));
		model.addAttribute("user", user);
		return "evaluations/readiness";
	}

	@PostMapping("/evaluations/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			transitions.move(user, id, EvaluationAction.SUBMIT, note);
			redirect.addFlashAttribute("success", messages.get("selfAssessment.submitted"));
			return "redirect:/evaluations/" + id;
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", messages.of(e));
			redirect.addFlashAttribute("keptNote", note);
			return "redirect:/evaluations/" + id + "/readiness";
		}
	}
}
