package id.spbe.user;

import id.spbe.agency.Agencies;
import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator creates and edits a user, sets a temporary password, unlocks, deactivates and
 * reactivates (ADMIN only, /admin/**). A refused form is shown again with what was typed (the
 * password excepted) and the reason beside its field.
 */
@Controller
class UserFormController {

	private final UserAdministration administration;
	private final Agencies agencies;
	private final Messages messages;
	private final ApiTokens tokens;

	UserFormController(UserAdministration administration, Agencies agencies, Messages messages, ApiTokens tokens) {
		this.administration = administration;
		this.agencies = agencies;
		this.messages = messages;
		this.tokens = tokens;
	}

	@GetMapping("/admin/users/new")
	String newUser(@AuthenticationPrincipal CurrentUser user, Model model) {
		UserAdministration.requireAdmin(user);
		Forms.fresh(model, "userForm", UserForm::new);
		return form(model, null);
	}

	@PostMapping("/admin/users")
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("userForm") UserForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		UserInput input = form.input(binding);
		if (!binding.hasErrors()) {
			try {
				AccountRow created = administration.create(user, input);
				redirect.addFlashAttribute("success", messages.get("users.created", created.username()));
				return "redirect:/admin/users/" + created.id();
			}
			catch (RuleViolationException e) {
				reject(binding, e);
			}
		}
		form.forgetPassword();
		return form(model, null);
	}

	@GetMapping("/admin/users/{id}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		AccountRow row = administration.get(user, id);
		Forms.fresh(model, "userForm", () -> UserForm.of(row));
		model.addAttribute("tokens", tokens.ofUser(user, id));
		return form(model, row);
	}

	@PostMapping("/admin/users/{id}")
	String change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("userForm") UserForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		AccountRow row = administration.get(user, id);
		UserInput input = form.input(binding);
		if (!binding.hasErrors()) {
			try {
				administration.change(user, id, new UserAdministration.Change(input, null));
				redirect.addFlashAttribute("success", messages.get("users.saved"));
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolationException e) {
				reject(binding, e);
			}
		}
		form.forgetPassword();
		model.addAttribute("tokens", tokens.ofUser(user, id));
		return form(model, row);
	}

	@PostMapping("/admin/users/{id}/password")
	String resetPassword(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("passwordForm") PasswordForm form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "passwordForm", form, binding, redirect, messages.get("users.passwordReset"),
				() -> administration.resetPassword(user, id, form.getNewPassword()));
	}

	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("statusForm") PasswordForm form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "statusForm", form, binding, redirect, done("ACCOUNT_UNLOCKED"), () -> administration.unlock(user, id));
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("statusForm") PasswordForm form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "statusForm", form, binding, redirect, done("USER_DEACTIVATED"),
				() -> administration.setEnabled(user, id, false));
	}

	@PostMapping("/admin/users/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("statusForm") PasswordForm form, BindingResult binding, RedirectAttributes redirect) {
		return act(id, "statusForm", form, binding, redirect, done("USER_REACTIVATED"),
				() -> administration.setEnabled(user, id, true));
	}

	/** What the administrator did, in the words of the audit log. */
	private String done(String auditAction) {
		return messages.get("audit.action." + auditAction);
	}

	/** One of the user page's buttons: done with a message, or refused with the reason on its form. */
	private String act(long id, String name, PasswordForm form, BindingResult binding, RedirectAttributes redirect,
			String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("success", done);
		}
		catch (UserInputException e) {
			e.problems().forEach(p -> binding.reject(p.key(), p.args(), p.key()));
			form.forget();
			Forms.keep(redirect, name, form, binding);
		}
		catch (RuleViolationException e) {
			Forms.reject(binding, e);
			form.forget();
			Forms.keep(redirect, name, form, binding);
		}
		return "redirect:/admin/users/" + id;
	}

	private String form(Model model, AccountRow row) {
		model.addAttribute("account", row);
		model.addAttribute("roles", Role.values());
		model.addAttribute("agencies", agencies.all());
		UserForm form = (UserForm) model.getAttribute("userForm");
		Long agency = form == null ? null : form.agency();
		model.addAttribute("units", agency == null ? java.util.List.of() : agencies.units(agency));
		Forms.fresh(model, "passwordForm", PasswordForm::new);
		Forms.fresh(model, "statusForm", PasswordForm::new);
		return "admin/user";
	}

	/** Each problem of the input beside its field; any other refusal as an error of the form. */
	private static void reject(BindingResult binding, RuleViolationException e) {
		if (e instanceof UserInputException problems) {
			problems.problems().forEach(p -> binding.rejectValue(p.field(), p.key(), p.args(), p.key()));
		}
		else {
			Forms.reject(binding, e);
		}
	}
}
