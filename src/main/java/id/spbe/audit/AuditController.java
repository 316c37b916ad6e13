package id.spbe.audit;

import id.spbe.agency.Agencies;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The administrators' audit log page and its CSV export (ADMIN only: {@code /admin/**} in
 * SecurityConfiguration). Filters are query parameters, so a filtered view can be bookmarked and
 * the export takes exactly what the page shows.
 */
@Controller
class AuditController {

	private final AuditLog log;
	private final AuditActions actions;
	private final Agencies agencies;
	private final MessageSource messages;

	AuditController(AuditLog log, AuditActions actions, Agencies agencies, MessageSource messages) {
		this.log = log;
		this.actions = actions;
		this.agencies = agencies;
		this.messages = messages;
	}

	/** An entry with what the page shows beside it. */
	record Row(AuditEntry entry, String actionName, String agencyName) {
	}

	@GetMapping("/admin/audit")
	String page(@ModelAttribute("filter") AuditFilterForm form, BindingResult binding, Model model, Locale locale,
			HttpServletResponse response) {
		AuditFilter filter = form.read(binding);
		if (filter == null) {
			return refused(model, locale, response);
		}
		AuditPage page = log.search(filter);
		var names = agencies.names(page.entries().stream().map(AuditEntry::agencyId).filter(Objects::nonNull)
				.distinct().toList());
		model.addAttribute("rows", page.entries().stream()
				.map(e -> new Row(e, actions.label(e.action(), locale), e.agencyId() == null ? null : names.get(e.agencyId())))
				.toList());
		model.addAttribute("page", page);
		model.addAttribute("agencyName", filter.agencyId() == null ? null : agencies.byId(filter.agencyId())
				.map(a -> a.name()).orElse(null));
		return view(model, locale);
	}

	@GetMapping("/admin/audit/export")
	String export(@ModelAttribute("filter") AuditFilterForm form, BindingResult binding, Model model, Locale locale,
			HttpServletResponse response) throws IOException {
		AuditFilter filter = form.read(binding);
		if (filter == null) {
			return refused(model, locale, response);
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		out.write('\uFEFF'); // so that spreadsheets read the file as UTF-8
		AuditCsv.write(out, log, filter, actions, messages, locale);
		out.flush();
		return null;
	}

	private String refused(Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("rows", List.of());
		model.addAttribute("page", null);
		model.addAttribute("agencyName", null);
		return view(model, locale);
	}

	private String view(Model model, Locale locale) {
		model.addAttribute("actions", actions.known().stream()
				.map(a -> new ActionChoice(a, actions.label(a, locale))).toList());
		model.addAttribute("maxExport", AuditLog.MAX_EXPORT);
		return "admin/audit";
	}

	/** An action the filter offers. */
	record ActionChoice(String name, String label) {
	}
}
