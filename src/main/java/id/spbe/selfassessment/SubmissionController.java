package id.spbe.selfassessment;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.Worksheet;
import id.spbe.worksheet.Worksheets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The readiness page (what still blocks each indicator) and the coordinator's submission. */
@Controller
class SubmissionController {

	private final Worksheets worksheets;
	private final Transitions transitions;
	private final EntryPermissions permissions;
	private final Messages messages;

	SubmissionController(Worksheets worksheets, Transitions transitions, EntryPermissions permissions,
			Messages messages) {
		this.worksheets = worksheets;
		this.transitions = transitions;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/readiness")
	String readiness(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Worksheet ws = worksheets.worksheet(user, id);
		model.addAttribute("ws", ws);
		model.addAttribute("user", user);
		model.addAttribute("maySubmit", permissions.maySubmit(user, ws));
		model.addAttribute("leavesSubmissionToCoordinator", permissions.leavesSubmissionToCoordinator(user, ws));
		Forms.fresh(model, "submitForm", SubmitForm::new);
		return "evaluations/readiness";
	}

	@PostMapping("/evaluations/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("submitForm") SubmitForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			transitions.move(user, id, EvaluationAction.SUBMIT, form.getNote());
			redirect.addFlashAttribute("success", messages.get("selfAssessment.submitted"));
			return "redirect:/evaluations/" + id;
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			Forms.keep(redirect, "submitForm", form, binding);
			return "redirect:/evaluations/" + id + "/readiness";
		}
	}
}
