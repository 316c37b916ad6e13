package id.spbe.evaluation;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one page route of workflow moves (the agency's hand-back, the assessors' stages and
 * finalisation, the administrator's reopening); the move itself is {@link Transitions#move}. The
 * user returns to the page they act from: the agency to its self-assessment, everyone else to the
 * review; a refused move returns with its {@link TransitionForm} and errors.
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
			@ModelAttribute("transitionForm") TransitionForm form, BindingResult binding, RedirectAttributes redirect) {
		String back = user.getRole().isAgencyRole() ? "redirect:/evaluations/" + id : "redirect:/evaluations/" + id + "/review";
		EvaluationAction chosen = form.chosen(binding);
		if (!binding.hasErrors()) {
			try {
				transitions.move(user, id, chosen, form.getNote());
				redirect.addFlashAttribute("success", messages.get("workflow.done." + chosen));
				return back;
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "transitionForm", form, binding);
		return back;
	}
}
