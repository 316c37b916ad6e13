package id.spbe.dashboard;

import id.spbe.agency.AgencyType;
import id.spbe.common.Decimals;
import id.spbe.common.Messages;
import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national dashboard page and its exports (ADMIN only, /admin/**). A bad filter shows the
 * page with the message and the typed filters, without the table (status 400).
 */
@Controller
class DashboardController {

	private final DashboardService service;
	private final DashboardExport export;
	private final Messages messages;
	private final JsonMapper json;

	DashboardController(DashboardService service, DashboardExport export, Messages messages, JsonMapper json) {
		this.service = service;
		this.export = export;
		this.messages = messages;
		this.json = json;
	}

	/** The newest period's dashboard, or the page saying there is no period yet. */
	@GetMapping("/admin/dashboard")
	String newest(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<PeriodFigures.Period> periods = service.periods(user);
		if (periods.isEmpty()) {
			model.addAttribute("periods", periods);
			return "admin/dashboard";
		}
		return "redirect:/admin/periods/" + periods.get(0).id() + "/dashboard";
	}

	@GetMapping("/admin/periods/{id}/dashboard")
	String dashboard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("raw") DashboardQuery.Raw raw, Model model, HttpServletResponse response) {
		DashboardService.Loaded loaded = service.load(user, id);
		DashboardQuery query;
		try {
			query = DashboardQuery.parse(raw, loaded.instrument());
		}
		catch (RuleViolationException refused) {
			model.addAttribute("queryError", messages.of(refused));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			query = DashboardQuery.parse(new DashboardQuery.Raw(null, null, null, null, null, null, null, null),
					loaded.instrument());
		}
		Dashboard d = service.dashboard(loaded, query);
		model.addAttribute("periods", service.periods(user));
		model.addAttribute("d", d);
		model.addAttribute("links", new DashboardLinks(id, query));
		model.addAttribute("agencyTypes", AgencyType.values());
		model.addAttribute("provinceNames", loaded.rows().stream().map(r -> r.agency().province())
				.filter(p -> p != null).distinct().sorted().toList());
		model.addAttribute("indexChart", chart(d.index()));
		model.addAttribute("predikatChart", chart(d.predikat()));
		return "admin/dashboard";
	}

	@GetMapping("/admin/periods/{id}/dashboard.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("raw") DashboardQuery.Raw raw) {
		DashboardService.Loaded loaded = service.load(user, id);
		List<Dashboard.TableRow> rows = service.matching(loaded, DashboardQuery.parse(raw, loaded.instrument()));
		return DashboardFiles.file(export.csv(rows), loaded.period(), "csv", DashboardFiles.CSV);
	}

	@GetMapping("/admin/periods/{id}/dashboard.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("raw") DashboardQuery.Raw raw) {
		DashboardService.Loaded loaded = service.load(user, id);
		List<Dashboard.TableRow> rows = service.matching(loaded, DashboardQuery.parse(raw, loaded.instrument()));
		return DashboardFiles.file(export.xlsx(rows), loaded.period(), "xlsx", DashboardFiles.XLSX);
	}

	/**
	 * Chart.js data for a data- attribute (no inline scripts): labels and the two series. The bin
	 * labels ("1.00–1.49") take the reader's decimal separator here; the API keeps them with a point.
	 */
	private String chart(Dashboard.Histogram h) {
		char separator = Decimals.separator(LocaleContextHolder.getLocale());
		List<String> labels = h.labels().stream().map(l -> l.replace('.', separator)).toList();
		Map<String, Object> series = new LinkedHashMap<>();
		series.put(messages.get("dashboard.self"), h.self());
		series.put(messages.get("dashboard.final"), h.fin());
		return json.writeValueAsString(Map.of("labels", labels, "series", series));
	}
}
