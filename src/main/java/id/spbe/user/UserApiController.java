package id.spbe.user;

import id.spbe.common.JsonBodies;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/users}: the administrator's user management, the same rules as the pages
 * ({@link UserAdministration} refuses everyone else with 403 and a message). Bodies are
 * {@code {"username", "displayName", "role", "agencyId", "unitId", "institution", "password", "email",
 * "language"}}; the password is temporary, the e-mail address optional (null or blank: none), the
 * language {@code id} (the default) or {@code en}. A PUT changes only the fields it names, and may carry {@code "enabled"}.
 */
@RestController
class UserApiController {

	private final UserAdministration administration;
	private final UserImport imports;
	private final Messages messages;

	UserApiController(UserAdministration administration, UserImport imports, Messages messages) {
		this.administration = administration;
		this.imports = imports;
		this.messages = messages;
	}

	/** {@code ?q=&role=&agency=&locked=true&page=} (from 0), 50 a page, by username. */
	@GetMapping("/api/users")
	Map<String, Object> list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute UserFilter filter) {
		UserAdministration.requireAdmin(user);
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(filter, "filter");
		UserQuery query = filter.query(errors);
		int page = filter.pageNumber(errors);
		if (errors.hasErrors()) {
			var e = errors.getAllErrors().get(0);
			throw RuleViolationException.badInput(e.getCode(), e.getArguments());
		}
		Page<AccountRow> rows = administration.search(user, query, page);
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("users", rows.getContent());
		answer.put("page", rows.getNumber());
		answer.put("size", rows.getSize());
		answer.put("total", rows.getTotalElements());
		answer.put("pages", rows.getTotalPages());
		return answer;
	}

	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	AccountRow create(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body) {
		UserAdministration.requireAdmin(user);
		return administration.create(user, new UserInput(JsonBodies.text(body, "username"),
				JsonBodies.text(body, "displayName"), JsonBodies.text(body, "role"), id(body, "agencyId"),
				id(body, "unitId"), JsonBodies.text(body, "institution"), JsonBodies.text(body, "password"),
				JsonBodies.text(body, "email"), JsonBodies.text(body, "language")));
	}

	@PutMapping("/api/users/{id}")
	AccountRow change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody JsonNode body) {
		AccountRow now = administration.get(user, id);
		UserInput input = new UserInput(null, has(body, "displayName") ? JsonBodies.text(body, "displayName") : now.displayName(),
				has(body, "role") ? JsonBodies.text(body, "role") : now.role().name(),
				has(body, "agencyId") ? id(body, "agencyId") : now.agencyId(),
				has(body, "unitId") ? id(body, "unitId") : now.unitId(),
				has(body, "institution") ? JsonBodies.text(body, "institution") : now.institution(),
				JsonBodies.text(body, "password"),
				has(body, "email") ? JsonBodies.text(body, "email") : now.email(),
				has(body, "language") ? JsonBodies.text(body, "language") : now.language());
		if (has(body, "username") && !now.username().equals(JsonBodies.text(body, "username"))) {
			throw RuleViolationException.badInput("users.error.usernameFixed");
		}
		return administration.change(user, id, new UserAdministration.Change(input, enabled(body)));
	}

	@PostMapping("/api/users/{id}/unlock")
	AccountRow unlock(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return administration.unlock(user, id);
	}

	/** The CSV file as the request body ({@code text/csv}) or as the multipart part {@code file}. */
	@PostMapping("/api/users/import")
	Map<String, Object> importCsv(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request)
			throws IOException {
		UserAdministration.requireAdmin(user);
		try (InputStream in = file != null ? file.getInputStream() : request.getInputStream()) {
			int created = imports.importCsv(user, in);
			return Map.of("created", created, "message", messages.get("users.imported", created));
		}
	}

	private static boolean has(JsonNode body, String field) {
		return body != null && body.has(field);
	}

	private static Boolean enabled(JsonNode body) {
		JsonNode v = body == null ? null : body.get("enabled");
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isBoolean()) {
			throw RuleViolationException.badInput("api.error.boolean", "enabled");
		}
		return v.asBoolean();
	}

	/** An id field: a whole JSON number of at most 9 digits, or null. */
	private static Long id(JsonNode body, String field) {
		JsonNode v = body == null ? null : body.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 1 || v.asLong() > 999_999_999L) {
			throw RuleViolationException.badInput("api.error.id", field);
		}
		return v.asLong();
	}
}
