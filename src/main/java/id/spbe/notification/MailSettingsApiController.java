package id.spbe.notification;

import id.spbe.common.JsonBodies;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code GET}/{@code PUT /api/me/notification-settings}: the caller's own e-mail settings, for every role. */
@RestController
class MailSettingsApiController {

	static final String API = "/api/me/notification-settings";

	private final MailSettings settings;

	MailSettingsApiController(MailSettings settings) {
		this.settings = settings;
	}

	@GetMapping(API)
	MailSettings.View get(@AuthenticationPrincipal CurrentUser user) {
		return settings.get(user.getId());
	}

	/** {@code {"email": "..." or null, "language": "id"|"en", "deadlinesOnly": true|false}}; language and deadlinesOnly required. */
	@PutMapping(API)
	MailSettings.View put(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body) {
		JsonNode only = body == null ? null : body.get("deadlinesOnly");
		if (only == null || !only.isBoolean()) {
			throw RuleViolationException.badInput("mail.error.deadlinesOnly");
		}
		return settings.change(user.getId(), JsonBodies.text(body, "email"), JsonBodies.text(body, "language"),
				only.booleanValue());
	}
}
