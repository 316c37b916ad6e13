package id.spbe.evaluation;

import id.spbe.common.FormValues;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one page route of workflow moves (the agency's hand-back, the assessors' stages and
 * finalisation, the administrator's reopening); the move itself is {@link Transitions#move}. The
 * user returns to the page they act from: the agency to its self-assessment, everyone else to the
 * review.
 */
@Controller
class TransitionController {

	private final Transitions transitions;
	private final Messages messages;

	TransitionController(Transitions transitions, Messages messages) {
		this.transitions = transitions;
		this.messages = messages;
	}

	@PostMapping("/evaluations/{id}/transition")
	String transition(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String action, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		String back = user.getRole().isAgencyRole() ? "redirect:/evaluations/" + id : "redirect:/evaluations/" + id + "/review";
		try {
			EvaluationAction chosen = FormValues.choice(EvaluationAction.class, action);
			transitions.move(user, id, chosen, note);
			redirect.addFlashAttribute("success", messages.get("workflow.done." + chosen));
		}
		catch (RuleViolationException e) {
			redirect.addFlashAttribute("error", messages.of(e));
			redirect.addFlashAttribute("keptTransitionNote", note);
			redirect.addFlashAttribute("keptAction", action);
		}
		return back;
	}
}
