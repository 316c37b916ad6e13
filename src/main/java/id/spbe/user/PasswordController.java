package id.spbe.user;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user's own password change; the only page a user with a temporary password reaches
 * ({@link PasswordChangeRequiredFilter}). No route names a user, so nobody changes another's.
 */
@Controller
class PasswordController {

	private final PasswordChanges changes;
	private final Messages messages;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	PasswordController(PasswordChanges changes, Messages messages) {
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping(PasswordChangeRequiredFilter.PAGE)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		Forms.fresh(model, "passwordForm", PasswordForm::new);
		model.addAttribute("required", user.isMustChangePassword());
		return "account/password";
	}

	@PostMapping(PasswordChangeRequiredFilter.PAGE)
	String change(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (!Objects.equals(form.getNewPassword(), form.getRepeat())) {
			binding.rejectValue("repeat", "password.error.repeat");
		}
		else {
			try {
				CurrentUser changed = changes.change(user, form.getCurrent(), form.getNewPassword());
				signInAgain(changed, request, response);
				redirect.addFlashAttribute("success", messages.get("password.changed"));
				return "redirect:/";
			}
			catch (RuleViolationException e) {
				binding.rejectValue(e.getMessageKey().equals("password.error.current") ? "current" : "newPassword",
						e.getMessageKey(), e.getArguments(), e.getMessageKey());
			}
		}
		form.forget();
		model.addAttribute("required", user.isMustChangePassword());
		return "account/password";
	}

	/** The session's user is replaced by one without the temporary-password mark, so the pages open again. */
	private void signInAgain(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}
}
