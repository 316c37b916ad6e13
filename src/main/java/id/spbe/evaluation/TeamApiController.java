package id.spbe.evaluation;

import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The administrators' API of a period's assessor teams: a CSV of agency, lead and members (sent as
 * the body with {@code Content-Type: text/csv}, or as the multipart part {@code file}), a copy of
 * another period's teams, and each assessor's workload.
 */
@RestController
class TeamApiController {

	private final TeamImport imports;
	private final AssessorTeams teams;
	private final Periods periods;

	TeamApiController(TeamImport imports, AssessorTeams teams, Periods periods) {
		this.imports = imports;
		this.teams = teams;
		this.periods = periods;
	}

	@PostMapping(path = "/api/periods/{id}/teams", consumes = { "text/csv", "text/plain" })
	Map<String, Object> importBody(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			HttpServletRequest request) throws IOException {
		Periods.requireAdmin(user);
		periods.get(id);
		try (InputStream in = request.getInputStream()) {
			return Map.of("teams", imports.importCsv(user, id, in));
		}
	}

	@PostMapping(path = "/api/periods/{id}/teams", consumes = "multipart/form-data")
	Map<String, Object> importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam("file") MultipartFile file) throws IOException {
		Periods.requireAdmin(user);
		periods.get(id);
		try (InputStream in = file.getInputStream()) {
			return Map.of("teams", imports.importCsv(user, id, in));
		}
	}

	/** Body {@code {"from": periodId}}, or none for the period before this one. */
	@PostMapping("/api/periods/{id}/teams/copy")
	Map<String, Object> copy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) JsonNode body) {
		Periods.requireAdmin(user);
		periods.get(id);
		Long from;
		JsonNode given = body == null ? null : body.get("from");
		if (given != null && !given.isNull()) {
			if (!given.isIntegralNumber() || !given.canConvertToLong()) {
				throw RuleViolationException.badInput("teamCopy.error.noSource");
			}
			from = given.asLong();
		}
		else {
			from = periods.previous(id).map(PeriodView::id)
					.orElseThrow(() -> RuleViolationException.badInput("teamCopy.error.noSource"));
		}
		AssessorTeams.Copied c = imports.copy(user, from, id);
		return Map.of("copied", c.copied(), "hadTeam", c.hadTeam(), "noTeamBefore", c.noTeamBefore());
	}

	@GetMapping("/api/periods/{id}/workload")
	List<Map<String, Object>> workload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Periods.requireAdmin(user);
		periods.get(id);
		return teams.workload(id).stream().map(w -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("assessor", w.assessor().username());
			m.put("name", w.assessor().fullName());
			m.put("total", w.total());
			m.put("leads", w.leads());
			Map<String, Long> states = new LinkedHashMap<>();
			w.byState().forEach((s, n) -> states.put(s.name(), n));
			m.put("byState", states);
			return (Map<String, Object>) m;
		}).toList();
	}
}
