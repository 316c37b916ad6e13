package id.spbe.evaluation;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.PeriodActionForms.ExtensionForm;
import id.spbe.user.CurrentUser;
import id.spbe.user.UserAccounts;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator extends one agency's self-assessment window with a reason (ADMIN only, /admin/**). */
@Controller
class ExtensionController {

	private final WindowExtensions extensions;
	private final EvaluationAccess access;
	private final UserAccounts users;
	private final Messages messages;

	ExtensionController(WindowExtensions extensions, EvaluationAccess access, UserAccounts users, Messages messages) {
		this.extensions = extensions;
		this.access = access;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/admin/evaluations/{id}/extension")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("evaluation", access.require(user, id));
		List<WindowExtension.ExtensionView> history = extensions.history(id);
		model.addAttribute("history", history);
		model.addAttribute("names", users.names(history.stream().map(WindowExtension.ExtensionView::extendedBy).toList()));
		Forms.fresh(model, "extensionForm", ExtensionForm::new);
		return "admin/extension";
	}

	@PostMapping("/admin/evaluations/{id}/extension")
	String extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("extensionForm") ExtensionForm form, BindingResult binding, RedirectAttributes redirect) {
		access.require(user, id);
		LocalDate until = Forms.date(binding, "until", form.getUntil());
		if (!binding.hasErrors()) {
			try {
				EvaluationView done = extensions.extend(user, id, until, form.getReason());
				redirect.addFlashAttribute("success", messages.get("extension.done", done.window().lastDay()));
				return "redirect:/admin/evaluations/" + id + "/extension";
			}
			catch (RuleViolationException e) {
				Forms.reject(binding, e);
			}
		}
		Forms.keep(redirect, "extensionForm", form, binding);
		return "redirect:/admin/evaluations/" + id + "/extension";
	}
}
