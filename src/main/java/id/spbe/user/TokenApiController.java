package id.spbe.user;

import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.RuleViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Personal API tokens: {@code /api/me/tokens} for the caller's own (no route names the owner, and
 * another user's token id answers 404), {@code /api/users/{id}/tokens} for administrators
 * ({@code ADMIN_API}). No answer but the creation's carries the secret.
 */
@RestController
class TokenApiController {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** {@code {"name", "expiresOn": "YYYY-MM-DD"}}: 201 with the token and, this once, its secret as {@code token}. */
	@PostMapping("/api/me/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@AuthenticationPrincipal CurrentUser user, Authentication authentication,
			@RequestBody JsonNode body) {
		if (authentication instanceof TokenAuthentication) {
			throw RuleViolationException.forbidden("token.error.notWithToken");
		}
		ApiTokens.Created created = tokens.create(user, JsonBodies.text(body, "name"),
				FormValues.date(JsonBodies.text(body, "expiresOn")));
		Map<String, Object> answer = new LinkedHashMap<>();
		ApiTokenView t = created.token();
		answer.put("id", t.id());
		answer.put("name", t.name());
		answer.put("prefix", t.prefix());
		answer.put("expiresOn", t.expiresOn());
		answer.put("createdAt", t.createdAt());
		answer.put("status", t.status());
		answer.put("token", created.secret());
		return answer;
	}

	@GetMapping("/api/me/tokens")
	List<ApiTokenView> own(@AuthenticationPrincipal CurrentUser user) {
		return tokens.own(user);
	}

	@DeleteMapping("/api/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		tokens.revokeOwn(user, id);
	}

	@GetMapping("/api/users/{id}/tokens")
	List<ApiTokenView> ofUser(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return tokens.ofUser(user, id);
	}

	@DeleteMapping("/api/users/{id}/tokens/{tokenId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeFor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long tokenId) {
		tokens.revokeFor(user, id, tokenId);
	}
}
