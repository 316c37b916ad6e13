package id.spbe.user;

import id.spbe.common.JsonBodies;
import id.spbe.common.Messages;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code PUT /api/me/password} {@code {"current", "new"}}: the caller's own password, for every role. */
@RestController
class PasswordApiController {

	private final PasswordChanges changes;
	private final Messages messages;

	PasswordApiController(PasswordChanges changes, Messages messages) {
		this.changes = changes;
		this.messages = messages;
	}

	@PutMapping(PasswordChangeRequiredFilter.API)
	Map<String, String> change(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body) {
		changes.change(user, JsonBodies.text(body, "current"), JsonBodies.text(body, "new"));
		return Map.of("message", messages.get("password.changed"));
	}
}
