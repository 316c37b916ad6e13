package id.spbe.user;

import id.spbe.common.Forms;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
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
 * Everyone's own API tokens ({@code /account/tokens}: make, list, revoke) and the administrator's
 * revocation on the user page. A new token's secret is shown in the answer to the POST itself,
 * not after a redirect, so that it never passes through the session (which may be stored in the
 * database) and is seen exactly once.
 */
@Controller
class TokenPageController {

	static final String PAGE = "/account/tokens";
	private static final Set<String> NAME_ERRORS = Set.of("token.error.nameBlank", "token.error.nameTooLong");
	private static final Set<String> EXPIRY_ERRORS = Set.of("token.error.expiresBlank", "token.error.expiresPast",
			"token.error.expiresTooFar");

	private final ApiTokens tokens;
	private final Messages messages;
	private final Clock clock;

	TokenPageController(ApiTokens tokens, Messages messages, Clock clock) {
		this.tokens = tokens;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal CurrentUser user, Model model) {
		Forms.fresh(model, "tokenForm", () -> TokenForm.startingOn(Wib.today(clock)));
		return page(user, model, null);
	}

	@PostMapping(PAGE)
	String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("tokenForm") TokenForm form,
			BindingResult binding, Model model) {
		LocalDate expiresOn = Forms.date(binding, "expiresOn", form.getExpiresOn());
		if (!binding.hasErrors()) {
			try {
				ApiTokens.Created created = tokens.create(user, form.getName(), expiresOn);
				model.addAttribute("tokenForm", TokenForm.startingOn(Wib.today(clock)));
				return page(user, model, created);
			}
			catch (RuleViolationException e) {
				String key = e.getMessageKey();
				String field = NAME_ERRORS.contains(key) ? "name" : EXPIRY_ERRORS.contains(key) ? "expiresOn" : null;
				if (field == null) {
					Forms.reject(binding, e);
				}
				else {
					binding.rejectValue(field, key, e.getArguments(), key);
				}
			}
		}
		return page(user, model, null);
	}

	@PostMapping(PAGE + "/{id}/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("revokeForm") TokenForm form, BindingResult binding, RedirectAttributes redirect) {
		tokens.revokeOwn(user, id);
		redirect.addFlashAttribute("success", messages.get("token.revoked"));
		return "redirect:" + PAGE;
	}

	/** The administrator revokes a user's token from the user page (ADMIN only, /admin/**). */
	@PostMapping("/admin/users/{userId}/tokens/{id}/revoke")
	String revokeFor(@AuthenticationPrincipal CurrentUser user, @PathVariable long userId, @PathVariable long id,
			@ModelAttribute("revokeForm") TokenForm form, BindingResult binding, RedirectAttributes redirect) {
		tokens.revokeFor(user, userId, id);
		redirect.addFlashAttribute("success", messages.get("token.revoked"));
		return "redirect:/admin/users/" + userId;
	}

	private String page(CurrentUser user, Model model, ApiTokens.Created created) {
		model.addAttribute("tokens", tokens.own(user));
		model.addAttribute("created", created);
		model.addAttribute("maxExpiry", Wib.today(clock).plusYears(1));
		return "account/tokens";
	}
}
