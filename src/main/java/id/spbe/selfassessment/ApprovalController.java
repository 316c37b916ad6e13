package id.spbe.selfassessment;

import id.spbe.common.Forms;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's approval of many entries from the overview ({@link BulkApprovals}); the
 * overview then says which were approved and which were refused and why.
 */
@Controller
class ApprovalController {

	private final BulkApprovals approvals;

	ApprovalController(BulkApprovals approvals) {
		this.approvals = approvals;
	}

	@PostMapping("/evaluations/{id}/approvals")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("approvalsForm") ApprovalsForm form, BindingResult binding, RedirectAttributes redirect) {
		try {
			Map<Integer, Long> shown = form.shown(binding);
			if (!binding.hasErrors()) {
				redirect.addFlashAttribute("approvals", approvals.approve(user, id, shown));
			}
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
		}
		Forms.keepIfRefused(redirect, "approvalsForm", form, binding);
		return "redirect:/evaluations/" + id + "#approvals";
	}
}
