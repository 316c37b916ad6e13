package id.spbe.externalindex;

import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The administrators' API of national index scores: one score per evaluation and indicator
 * ({@code {"score": 68.75, "source": "SDI 2026", "date": "2026-09-30"}}; the score may also be a
 * string "68,75"), and a period's CSV (body {@code text/csv} or multipart {@code file}).
 */
@RestController
class ExternalIndexApiController {

	private final ExternalIndices indices;
	private final ExternalIndexImport imports;

	ExternalIndexApiController(ExternalIndices indices, ExternalIndexImport imports) {
		this.indices = indices;
		this.imports = imports;
	}

	@PutMapping("/api/evaluations/{id}/external-indices/{number}")
	Map<String, Object> enter(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable int number, @RequestBody(required = false) JsonNode body) {
		ExternalIndices.requireAdmin(user);
		if (body == null || !body.isObject()) {
			throw RuleViolationException.badInput("external.error.noScore");
		}
		ExternalIndices.Entry entry = new ExternalIndices.Entry(score(body.get("score")), JsonBodies.text(body, "source"),
				FormValues.date(JsonBodies.text(body, "date")));
		return indices.enter(user, id, number, entry).toJson();
	}

	@PostMapping(path = "/api/periods/{id}/external-indices", consumes = { "text/csv", "text/plain" })
	Map<String, Object> importBody(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			HttpServletRequest request) throws IOException {
		ExternalIndices.requireAdmin(user);
		try (InputStream in = request.getInputStream()) {
			return Map.of("entered", imports.importCsv(user, id, in));
		}
	}

	@PostMapping(path = "/api/periods/{id}/external-indices", consumes = "multipart/form-data")
	Map<String, Object> importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		ExternalIndices.requireAdmin(user);
		if (file == null || file.isEmpty()) {
			throw RuleViolationException.badInput("csv.error.empty");
		}
		try (InputStream in = file.getInputStream()) {
			return Map.of("entered", imports.importCsv(user, id, in));
		}
	}

	/** A score sent as a JSON number, or as text in either decimal notation ("68,75", "68.75"). */
	private static BigDecimal score(JsonNode v) {
		if (v == null || v.isNull()) {
			return null;
		}
		if (v.isNumber()) {
			return Numbers.bounded(v.decimalValue());
		}
		if (v.isString()) {
			return FormValues.decimal(v.asString());
		}
		throw RuleViolationException.badInput("form.error.number", v.toString());
	}
}
