package id.spbe.evaluation;

import id.spbe.agency.AgencyType;
import id.spbe.common.FormValues;
import id.spbe.common.JsonBodies;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The administrators' API of periods, enrolment and window extensions, with the rules of the pages
 * ({@link Periods}, {@link WindowExtensions}). A period is
 * {@code {"year", "name", "instrument", "instrumentVersion", "windows": {"selfAssessment": {"from", "to"},
 * "documentReview": {...}, "interview": {...}, "final": {...}}}}, dates YYYY-MM-DD (WIB days).
 */
@RestController
class PeriodApiController {

	static final String[] WINDOWS = { "selfAssessment", "documentReview", "interview", "final" };
	static final int MAX_AGENCY_IDS = 5000;

	private final Periods periods;
	private final WindowExtensions extensions;
	private final Enrolments enrolments;
	private final InstrumentCatalog instruments;

	PeriodApiController(Periods periods, WindowExtensions extensions, Enrolments enrolments,
			InstrumentCatalog instruments) {
		this.enrolments = enrolments;
		this.periods = periods;
		this.extensions = extensions;
		this.instruments = instruments;
	}

	@GetMapping("/api/periods")
	List<Map<String, Object>> list(@AuthenticationPrincipal CurrentUser user) {
		Periods.requireAdmin(user);
		Map<Long, Long> enrolled = periods.enrolledCounts();
		return periods.list().stream().map(p -> json(p, enrolled.getOrDefault(p.id(), 0L))).toList();
	}

	@GetMapping("/api/periods/{id}")
	Map<String, Object> get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		Periods.requireAdmin(user);
		return json(periods.get(id), periods.enrolledCounts().getOrDefault(id, 0L));
	}

	@PostMapping("/api/periods")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> create(@AuthenticationPrincipal CurrentUser user, @RequestBody JsonNode body) {
		Periods.requireAdmin(user);
		return json(periods.create(user, period(body)), 0L);
	}

	@PutMapping("/api/periods/{id}")
	Map<String, Object> change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody JsonNode body) {
		Periods.requireAdmin(user);
		periods.get(id);
		return json(periods.change(user, id, period(body)), periods.enrolledCounts().getOrDefault(id, 0L));
	}

	/** {@code {"agencyIds": [..]}}, {@code {"all": true}} or {@code {"type": "KOTA", "province": "..."}}. */
	@PostMapping("/api/periods/{id}/enrolments")
	Map<String, Object> enrol(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody JsonNode body) {
		Periods.requireAdmin(user);
		if (body == null || !body.isObject()) {
			throw RuleViolationException.badInput("api.error.enrolmentFields");
		}
		List<Long> ids = new ArrayList<>();
		JsonNode list = body.get("agencyIds");
		if (list != null && !list.isNull()) {
			if (!list.isArray()) {
				throw RuleViolationException.badInput("api.error.enrolmentFields");
			}
			// a list longer than every agency there could be is no enrolment but a mistake
			if (list.size() > MAX_AGENCY_IDS) {
				throw RuleViolationException.badInput("api.error.enrolmentFields");
			}
			for (JsonNode n : list) {
				if (!n.isIntegralNumber() || !n.canConvertToLong()) {
					throw RuleViolationException.badInput("api.error.enrolmentFields");
				}
				ids.add(n.asLong());
			}
		}
		JsonNode all = body.get("all");
		if (all != null && !all.isNull() && !all.isBoolean()) {
			throw RuleViolationException.badInput("api.error.enrolmentFields");
		}
		AgencyType type = FormValues.choice(AgencyType.class, JsonBodies.text(body, "type"));
		Enrolments.Enrolled done = enrolments.enrol(user, id, new Enrolments.Enrolment(ids, all != null && all.asBoolean(), type,
				JsonBodies.text(body, "province")));
		return Map.of("added", done.added(), "alreadyIn", done.alreadyIn());
	}

	/** {@code {"until": "YYYY-MM-DD", "reason": "..."}}: the agency's self-assessment window ends on {@code until}. */
	@PostMapping("/api/evaluations/{id}/extensions")
	Map<String, Object> extend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody JsonNode body) {
		Periods.requireAdmin(user);
		EvaluationView done = extensions.extend(user, id, date(body, "until"), JsonBodies.text(body, "reason"));
		return Map.of("evaluation", done.id(), "from", String.valueOf(done.window().firstDay()), "until",
				String.valueOf(done.window().lastDay()));
	}

	private Evaluations.NewPeriod period(JsonNode body) {
		if (body == null || !body.isObject()) {
			throw RuleViolationException.badInput("api.error.periodFields");
		}
		JsonNode year = body.get("year");
		JsonNode version = body.get("instrumentVersion");
		JsonNode windows = body.get("windows");
		if (year == null || !year.isIntegralNumber() || !year.canConvertToInt() || version == null
				|| !version.isIntegralNumber() || !version.canConvertToInt() || windows == null || !windows.isObject()) {
			throw RuleViolationException.badInput("api.error.periodFields");
		}
		long instrumentId = periods.instrumentId(JsonBodies.text(body, "instrument"), version.asInt());
		LocalDate[] d = new LocalDate[8];
		for (int i = 0; i < WINDOWS.length; i++) {
			JsonNode w = windows.get(WINDOWS[i]);
			if (w != null && !w.isNull() && !w.isObject()) {
				throw RuleViolationException.badInput("api.error.periodFields");
			}
			d[2 * i] = date(w, "from");
			d[2 * i + 1] = date(w, "to");
		}
		return new Evaluations.NewPeriod(year.asInt(), JsonBodies.text(body, "name"), instrumentId, d[0], d[1], d[2],
				d[3], d[4], d[5], d[6], d[7]);
	}

	private static LocalDate date(JsonNode node, String field) {
		String text = node == null || !node.isObject() ? null : JsonBodies.text(node, field);
		try {
			return FormValues.date(text);
		}
		catch (RuleViolationException e) {
			throw RuleViolationException.badInput("api.error.date", FormValues.echo(text));
		}
	}

	private Map<String, Object> json(PeriodView p, long enrolled) {
		InstrumentDefinition instrument = instruments.byId(p.instrumentId())
				.orElseThrow(() -> new NotFoundException("instrument " + p.instrumentId()));
		Map<String, Object> windows = new LinkedHashMap<>();
		DateWindow[] all = { p.selfAssessment(), p.documentReview(), p.interview(), p.finalReview() };
		for (int i = 0; i < WINDOWS.length; i++) {
			Map<String, Object> w = new LinkedHashMap<>();
			w.put("from", all[i].from() == null ? null : all[i].from().toString());
			w.put("to", all[i].to() == null ? null : all[i].to().toString());
			windows.put(WINDOWS[i], w);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("id", p.id());
		out.put("year", p.year());
		out.put("name", p.name());
		out.put("instrument", instrument.code());
		out.put("instrumentVersion", instrument.version());
		out.put("windows", windows);
		out.put("enrolled", enrolled);
		return out;
	}
}
