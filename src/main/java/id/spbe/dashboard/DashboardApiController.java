package id.spbe.dashboard;

import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/periods/{id}/dashboard} (administrators): counts per state, distributions,
 * province averages and one page of the agency table; {@code .csv} and {@code .xlsx}: the whole
 * filtered table. Indices are strings with two decimals, as in the index API.
 */
@RestController
class DashboardApiController {

	private final DashboardService service;
	private final DashboardExport export;

	DashboardApiController(DashboardService service, DashboardExport export) {
		this.service = service;
		this.export = export;
	}

	@GetMapping("/api/periods/{id}/dashboard")
	Map<String, Object> dashboard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute DashboardQuery.Raw raw) {
		DashboardService.Loaded loaded = service.load(user, id);
		Dashboard d = service.dashboard(loaded, DashboardQuery.parse(raw, loaded.instrument()));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("period", Map.of("id", d.period().id(), "name", d.period().name(), "year", d.period().year(),
				"instrument", d.instrument().code(), "instrumentVersion", d.instrument().version()));
		body.put("agencies", d.agencies());
		Map<String, Long> states = new LinkedHashMap<>();
		d.states().forEach((s, n) -> states.put(s.name(), n));
		body.put("states", states);
		body.put("histograms", Map.of("index", histogram(d.index()), "predikat", histogram(d.predikat())));
		body.put("provinces", d.provinces().stream().map(p -> {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("province", p.province());
			m.put("governments", p.governments());
			m.put("selfCount", p.selfCount());
			m.put("selfAverage", text(p.selfAverage()));
			m.put("finalCount", p.finalCount());
			m.put("finalAverage", text(p.finalAverage()));
			return m;
		}).toList());
		Map<String, Object> table = new LinkedHashMap<>();
		table.put("page", d.query().page());
		table.put("pageSize", DashboardQuery.PAGE_SIZE);
		table.put("pages", d.pages());
		table.put("total", d.matching());
		table.put("sort", d.query().sortParam());
		table.put("rows", d.rows().stream().map(DashboardApiController::row).toList());
		body.put("table", table);
		return body;
	}

	@GetMapping("/api/periods/{id}/dashboard.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute DashboardQuery.Raw raw) {
		DashboardService.Loaded loaded = service.load(user, id);
		List<Dashboard.TableRow> rows = service.matching(loaded, DashboardQuery.parse(raw, loaded.instrument()));
		return DashboardFiles.file(export.csv(rows), loaded.period(), "csv", DashboardFiles.CSV);
	}

	@GetMapping("/api/periods/{id}/dashboard.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute DashboardQuery.Raw raw) {
		DashboardService.Loaded loaded = service.load(user, id);
		List<Dashboard.TableRow> rows = service.matching(loaded, DashboardQuery.parse(raw, loaded.instrument()));
		return DashboardFiles.file(export.xlsx(rows), loaded.period(), "xlsx", DashboardFiles.XLSX);
	}

	private static Map<String, Object> histogram(Dashboard.Histogram h) {
		return Map.of("bins", h.labels(), "self", h.self(), "final", h.fin());
	}

	private static Map<String, Object> row(Dashboard.TableRow r) {
		AgencyFigures a = r.agency();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("evaluationId", a.evaluationId());
		m.put("agencyId", a.agencyId());
		m.put("name", a.name());
		m.put("type", a.type().name());
		m.put("province", a.province());
		m.put("state", a.state().name());
		EvaluationFigures f = a.figures();
		m.put("progress", Map.of("indicators", f.indicators(), "levels", f.levels(), "justified", f.justified(),
				"evidenced", f.evidenced(), "approved", f.approved(), "percent", r.progressPercent()));
		m.put("selfIndex", text(r.selfIndex()));
		m.put("selfPredikat", r.selfPredikat());
		m.put("finalIndex", text(r.finalIndex()));
		m.put("finalPredikat", r.finalPredikat());
		return m;
	}

	private static String text(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}
}
