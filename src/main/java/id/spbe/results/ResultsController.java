package id.spbe.results;

import id.spbe.common.FormValues;
import id.spbe.common.Numbers;
import id.spbe.common.PageParts;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Stage;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import id.spbe.common.Messages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results page (index per stage, chart, tables, what-if), its PDF report and Excel export.
 * The what-if targets come as query parameters {@code t<number>=<level>}, so a simulation is a
 * plain GET that can be bookmarked and changes nothing.
 */
@Controller
class ResultsController {

	private final ResultsService results;
	private final ResultsPdf pdf;
	private final ResultsExcel excel;
	private final Messages messages;
	private final JsonMapper json;
	private final PageParts parts;

	ResultsController(ResultsService results, ResultsPdf pdf, ResultsExcel excel, Messages messages, JsonMapper json,
			PageParts parts) {
		this.json = json;
		this.parts = parts;
		this.results = results;
		this.pdf = pdf;
		this.excel = excel;
		this.messages = messages;
	}

	@GetMapping("/evaluations/{id}/results")
	String page(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam org.springframework.util.MultiValueMap<String, String> params, Model model) {
		Results r = results.results(user, id);
		model.addAttribute("r", r);
		java.util.Locale locale = LocaleContextHolder.getLocale();
		Map<String, Object> chart = chart(r);
		Map<Integer, String> typed = new java.util.TreeMap<>();
		Simulation simulation = null;
		String simulationError = null;
		try {
			typed.putAll(targets(params));
			if (typed.isEmpty() && params.containsKey("simulate")) {
				throw RuleViolationException.badInput("results.error.noTarget");
			}
			if (!typed.isEmpty()) {
				simulation = results.simulate(r, parse(typed));
			}
		}
		catch (RuleViolationException e) {
			simulationError = messages.of(e);
		}
		ResultTables tables = new ResultTables(r, locale, ResultLines.indicators(r, locale),
				ResultLines.gains(results.gains(r), typed, messages.get("results.targetFor", "{0}"), locale));
		model.addAttribute("body", parts.render("results/page.jte", new ResultsPage(tables, json.writeValueAsString(chart),
				((Map<?, ?>) chart.get("series")).isEmpty(), simulation, simulationError, PageParts.contextPath())));
		return "results/results";
	}

	@GetMapping("/evaluations/{id}/results.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Results r = results.results(user, id);
		return file(pdf.render(r, LocaleContextHolder.getLocale()), name(r, "pdf"), MediaType.APPLICATION_PDF);
	}

	@GetMapping("/evaluations/{id}/results.xlsx")
	ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Results r = results.results(user, id);
		return file(excel.export(r, LocaleContextHolder.getLocale()), name(r, "xlsx"),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	/** Labels and per-stage series for Chart.js, read by /js/results-chart.js from data attributes. */
	private Map<String, Object> chart(Results r) {
		Map<String, Object> chart = new LinkedHashMap<>();
		List<String> codes = r.groupCodes();
		chart.put("labels", codes.stream().map(code -> code + " " + groupName(r, code)).toList());
		Map<String, List<BigDecimal>> series = new LinkedHashMap<>();
		List<Stage> shown = r.compared().map(s -> List.of(Stage.SELF, s)).orElse(List.of(Stage.SELF));
		for (Stage s : shown) {
			if (r.index(s).complete()) {
				series.put(messages.get("stage." + s),
						codes.stream().map(code -> r.groupIndex(s, code)).toList());
			}
		}
		chart.put("series", series);
		chart.put("max", r.instrument().scaleMax());
		return chart;
	}

	private static String groupName(Results r, String code) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		return r.byDomain()
				? r.instrument().domains().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().name().in(locale)
				: r.instrument().allAspects().stream().filter(a -> a.code().equals(code)).findFirst().orElseThrow().name().in(locale);
	}

	/**
	 * Query parameters t12=3 as number -> typed text (blank ones dropped).
	 *
	 * @throws RuleViolationException BAD_INPUT for a t-parameter that is not t and a plain
	 *                                indicator number, or one given twice
	 */
	static Map<Integer, String> targets(org.springframework.util.MultiValueMap<String, String> params) {
		Map<Integer, String> typed = new java.util.TreeMap<>();
		for (Map.Entry<String, List<String>> p : params.entrySet()) {
			String k = p.getKey();
			if (!k.startsWith("t")) {
				continue;
			}
			List<String> values = p.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
			if (!k.matches("t[1-9]\\d{0,2}") || values.size() > 1) {
				throw RuleViolationException.badInput("results.error.badTarget", FormValues.echo(k));
			}
			if (!values.isEmpty()) {
				typed.put(Integer.parseInt(k.substring(1)), values.get(0).strip());
			}
		}
		return typed;
	}

	private static Map<Integer, BigDecimal> parse(Map<Integer, String> typed) {
		Map<Integer, BigDecimal> targets = new LinkedHashMap<>();
		typed.forEach((n, v) -> {
			try {
				targets.put(n, FormValues.value(v));
			}
			catch (RuleViolationException e) {
				// a number too long keeps the bound's own message; anything else is no number
				if (!e.getMessageKey().equals(Numbers.NOT_A_NUMBER)) {
					throw e;
				}
				throw RuleViolationException.badInput("results.error.notANumber", n, FormValues.echo(v));
			}
		});
		return targets;
	}

	private static String name(Results r, String extension) {
		return "hasil-" + (r.ws().evaluation().periodName() + "-" + r.ws().evaluation().agencyName())
				.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase() + "." + extension;
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.contentType(type).body(body);
	}
}
