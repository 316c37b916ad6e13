package id.spbe.evaluation;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.user.CurrentUser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrolment: agencies join a period in one action (every active agency, those of a type or
 * province, a list of ids or a CSV file of names), each getting its evaluation in self-assessment
 * ({@link Evaluations#findOrOpen}). An agency is in a period at most once (also a unique key):
 * enrolling it again counts it as already in and changes nothing for it.
 */
@Service
@Transactional(readOnly = true)
class Enrolments {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final Evaluations opener;
	private final Agencies agencies;
	private final ApplicationEventPublisher audit;

	Enrolments(EvaluationPeriodRepository periods, EvaluationRepository evaluations, Evaluations opener,
			Agencies agencies, ApplicationEventPublisher audit) {
		this.periods = periods;
		this.evaluations = evaluations;
		this.opener = opener;
		this.agencies = agencies;
		this.audit = audit;
	}

	/**
	 * Whom to enrol: the agencies with these ids, or every active agency ({@code all}), or the
	 * active agencies of a type and/or province (case-insensitive).
	 */
	record Enrolment(List<Long> agencyIds, boolean all, AgencyType type, String province) {
	}

	/** What an enrolment did: how many agencies got an evaluation, how many already had one. */
	record Enrolled(int added, int alreadyIn) {
	}

	/**
	 * Opens an evaluation in self-assessment for each agency chosen that has none in the period;
	 * an agency already in the period is counted and left as it is.
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins; BAD_INPUT for no choice, an unknown
	 *                                or inactive agency among the ids, a filter that matches none
	 */
	@Transactional
	public Enrolled enrol(CurrentUser admin, long periodId, Enrolment e) {
		Periods.requireAdmin(admin);
		EvaluationPeriod period = periods.lockById(periodId).orElseThrow(() -> new NotFoundException("period " + periodId));
		List<AgencyView> chosen = chosen(e);
		Set<Long> in = new HashSet<>(evaluations.agencyIdsOfPeriod(periodId));
		List<AgencyView> added = chosen.stream().filter(a -> !in.contains(a.id())).toList();
		added.forEach(a -> opener.findOrOpen(period.getId(), a.id()));
		Enrolled result = new Enrolled(added.size(), chosen.size() - added.size());
		if (!added.isEmpty()) {
			audit.publishEvent(AuditEvent.of("PERIOD_ENROLMENT", "period", periodId, null, Periods.clip(added.size() + " added, "
					+ result.alreadyIn() + " already in: " + added.stream().map(AgencyView::name)
							.collect(Collectors.joining("; ")))));
		}
		return result;
	}

	private List<AgencyView> chosen(Enrolment e) {
		List<AgencyView> all = agencies.list();
		if (e.agencyIds() != null && !e.agencyIds().isEmpty()) {
			Map<Long, AgencyView> byId = all.stream().collect(Collectors.toMap(AgencyView::id, Function.identity()));
			List<AgencyView> out = new ArrayList<>();
			for (Long id : new java.util.LinkedHashSet<>(e.agencyIds())) {
				AgencyView a = id == null ? null : byId.get(id);
				if (a == null) {
					throw RuleViolationException.badInput("enrolment.error.unknownAgency", String.valueOf(id));
				}
				if (!a.active()) {
					throw RuleViolationException.badInput("enrolment.error.inactiveAgency", a.name());
				}
				out.add(a);
			}
			return out;
		}
		String province = Texts.line(e.province());
		if (!e.all() && e.type() == null && province == null) {
			throw RuleViolationException.badInput("enrolment.error.nothingChosen");
		}
		if (e.all() && (e.type() != null || province != null)) {
			// ambiguous (the page's "all" radio with a type or province typed): one reading enrols every
			// agency, which cannot be undone, so the administrator is asked to choose
			throw RuleViolationException.badInput("enrolment.error.allWithFilter");
		}
		List<AgencyView> out = all.stream().filter(AgencyView::active)
				.filter(a -> e.type() == null || a.type() == e.type())
				.filter(a -> province == null || (a.province() != null
						&& a.province().toLowerCase(Locale.ROOT).equals(province.toLowerCase(Locale.ROOT))))
				.toList();
		if (out.isEmpty()) {
			throw RuleViolationException.badInput("enrolment.error.noneMatch");
		}
		return out;
	}

	/**
	 * Enrols the agencies listed in a CSV file (column {@code agency}: the agency's name, as on its
	 * page, case aside), all or nothing: any unknown, inactive or repeated agency is a problem of its
	 * line, and the file enrols nobody.
	 *
	 * @throws id.spbe.common.CsvImportException every problem of the file
	 */
	@Transactional
	public Enrolled enrolCsv(CurrentUser admin, long periodId, java.io.InputStream in) {
		Periods.requireAdmin(admin);
		List<id.spbe.common.Csv.Row> rows = id.spbe.common.Csv.read(in, id.spbe.common.Csv.Spec.of(List.of("agency"), List.of()));
		Map<String, AgencyView> byName = agencies.list().stream()
				.collect(Collectors.toMap(a -> a.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		id.spbe.common.Csv.Problems problems = new id.spbe.common.Csv.Problems();
		Map<Long, Integer> seen = new java.util.HashMap<>();
		List<Long> ids = new ArrayList<>();
		for (id.spbe.common.Csv.Row row : rows) {
			String name = row.get("agency");
			AgencyView a = name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
			if (name == null) {
				problems.add(row.line(), "agency", "csv.error.required");
			}
			else if (a == null) {
				problems.add(row.line(), "agency", "teamCsv.error.unknownAgency", name);
			}
			else if (!a.active()) {
				problems.add(row.line(), "agency", "enrolment.error.inactiveAgency", a.name());
			}
			else if (seen.putIfAbsent(a.id(), row.line()) != null) {
				problems.add(row.line(), "agency", "teamCsv.error.repeatedAgency", a.name(), seen.get(a.id()));
			}
			else {
				ids.add(a.id());
			}
		}
		if (rows.isEmpty()) {
			problems.add(0, null, "csv.error.empty");
		}
		problems.throwIfAny();
		return enrol(admin, periodId, new Enrolment(ids, false, null, null));
	}

}
