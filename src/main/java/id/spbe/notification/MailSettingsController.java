package id.spbe.notification;

import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own e-mail settings on the page {@code /account/notifications} (the API:
 * {@link MailSettingsApiController}). No route names a user.
 */
@Controller
class MailSettingsController {

	static final String PAGE = "/account/notifications";

	private final MailSettings settings;
	private final Messages messages;

	MailSettingsController(MailSettings settings, Messages messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("mailSettingsForm")) {
			model.addAttribute("mailSettingsForm", MailSettingsForm.of(settings.get(user.getId())));
		}
		return "account/notifications";
	}

	@PostMapping(PAGE)
	String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("mailSettingsForm") MailSettingsForm form,
			BindingResult binding, RedirectAttributes redirect) {
		try {
			settings.change(user.getId(), form.getEmail(), form.getLanguage(), form.isDeadlinesOnly());
		}
		catch (RuleViolationException e) {
			binding.rejectValue(e.getMessageKey().equals("mail.error.language") ? "language" : "email", e.getMessageKey(),
					e.getArguments(), e.getMessageKey());
			return "account/notifications";
		}
		redirect.addFlashAttribute("success", messages.get("mail.settings.saved"));
		return "redirect:" + PAGE;
	}
}
