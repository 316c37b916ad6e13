package id.spbe.evaluation;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.common.Wib;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentStatus;
import id.spbe.instrument.InstrumentSummary;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
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
 * The administrator's periods: create one on a published instrument version with its stage
 * windows ({@link PeriodRules}), change it before it starts, and enrol agencies into it (one
 * evaluation per agency and period, at most). Every change is published as an {@link AuditEvent}.
 */
@Service
@Transactional(readOnly = true)
public class Periods {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final Evaluations opener;
	private final InstrumentCatalog instruments;
	private final Agencies agencies;
	private final ApplicationEventPublisher audit;
	private final Clock clock;

	Periods(EvaluationPeriodRepository periods, EvaluationRepository evaluations, Evaluations opener,
			InstrumentCatalog instruments, Agencies agencies, ApplicationEventPublisher audit, Clock clock) {
		this.periods = periods;
		this.evaluations = evaluations;
		this.opener = opener;
		this.instruments = instruments;
		this.agencies = agencies;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every period, newest year first. */
	public List<PeriodView> list() {
		return periods.findAll().stream().map(PeriodView::of)
				.sorted(Comparator.comparingInt(PeriodView::year).reversed().thenComparing(PeriodView::id, Comparator.reverseOrder()))
				.toList();
	}

	/** @throws NotFoundException for an unknown period */
	public PeriodView get(long id) {
		return periods.findById(id).map(PeriodView::of).orElseThrow(() -> new NotFoundException("period " + id));
	}

	/** Number of evaluations (enrolled agencies) of each period. */
	public Map<Long, Long> enrolledCounts() {
		return evaluations.countByPeriod().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
	}

	/** The instrument versions a period may use: the published ones. */
	public List<InstrumentSummary> publishedInstruments() {
		return instruments.list().stream().filter(i -> i.status() == InstrumentStatus.PUBLISHED).toList();
	}

	/**
	 * The id of instrument {@code code} version {@code version}, which must be published.
	 *
	 * @throws RuleViolationException BAD_INPUT for an unknown version, or one in draft or retired
	 */
	public long instrumentId(String code, Integer version) {
		InstrumentSummary found = instruments.list().stream()
				.filter(i -> i.code().equals(code) && version != null && i.version() == version).findFirst()
				.orElseThrow(() -> RuleViolationException.badInput("period.error.unknownInstrument",
						String.valueOf(code), String.valueOf(version)));
		return requirePublished(found);
	}

	private long requirePublished(InstrumentSummary i) {
		if (i.status() != InstrumentStatus.PUBLISHED) {
			throw RuleViolationException.badInput("period.error.instrumentNotPublished", i.code(), i.version(),
					Transitions.named("period.instrumentStatus." + i.status().name()));
		}
		return i.id();
	}

	/**
	 * Creates a period.
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins; BAD_INPUT for a broken rule, a
	 *                                name in use, an instrument not published
	 */
	@Transactional
	public PeriodView create(CurrentUser admin, Evaluations.NewPeriod p) {
		requireAdmin(admin);
		Evaluations.NewPeriod clean = checked(p, null);
		EvaluationPeriod saved = periods.saveAndFlush(new EvaluationPeriod(clean));
		audit.publishEvent(AuditEvent.of("PERIOD_CREATED", "period", saved.getId(), null, describe(clean)));
		return PeriodView.of(saved);
	}

	/**
	 * Changes a period before it starts (before its self-assessment window opens). The instrument
	 * version may change only while no agency is enrolled: their entries follow the instrument.
	 *
	 * @throws RuleViolationException FORBIDDEN for non-admins, CONFLICT once started or for an
	 *                                instrument change after enrolment, BAD_INPUT as {@link #create}
	 */
	@Transactional
	public PeriodView change(CurrentUser admin, long id, Evaluations.NewPeriod p) {
		requireAdmin(admin);
		EvaluationPeriod period = periods.lockById(id).orElseThrow(() -> new NotFoundException("period " + id));
		PeriodView before = PeriodView.of(period);
		if (!before.editableOn(Wib.today(clock))) {
			throw RuleViolationException.conflict("period.error.started", before.selfAssessmentStart());
		}
		Evaluations.NewPeriod clean = checked(p, id);
		if (clean.instrumentId() != before.instrumentId() && evaluations.countByPeriodId(id) > 0) {
			throw RuleViolationException.conflict("period.error.instrumentInUse");
		}
		period.change(clean);
		periods.flush();
		audit.publishEvent(AuditEvent.of("PERIOD_CHANGED", "period", id, null, describe(clean)));
		return PeriodView.of(period);
	}

	private Evaluations.NewPeriod checked(Evaluations.NewPeriod p, Long self) {
		PeriodRules.check(p);
		String name = Texts.line(p.name());
		periods.findByName(name).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
			throw RuleViolationException.badInput("period.error.nameTaken", name);
		});
		InstrumentSummary instrument = instruments.list().stream().filter(i -> i.id() == p.instrumentId()).findFirst()
				.orElseThrow(() -> RuleViolationException.badInput("period.error.unknownInstrument", "#" + p.instrumentId(), ""));
		requirePublished(instrument);
		return new Evaluations.NewPeriod(p.year(), name, p.instrumentId(), p.selfStart(), p.selfEnd(), p.reviewStart(),
				p.reviewEnd(), p.interviewStart(), p.interviewEnd(), p.finalStart(), p.finalEnd());
	}

	private static String describe(Evaluations.NewPeriod p) {
		return p.year() + " " + p.name() + ", instrument #" + p.instrumentId() + PeriodRules.windows(p).stream()
				.map(w -> ", " + w.key().substring("period.window.".length()) + " " + w.window().from() + ".." + w.window().to())
				.collect(Collectors.joining());
	}

	/**
	 * Whom to enrol: the agencies with these ids, or every active agency ({@code all}), or the
	 * active agencies of a type and/or province (case-insensitive).
	 */
	public record Enrolment(List<Long> agencyIds, boolean all, AgencyType type, String province) {
	}

	/** What an enrolment did: how many agencies got an evaluation, how many already had one. */
	public record Enrolled(int added, int alreadyIn) {
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
		requireAdmin(admin);
		EvaluationPeriod period = periods.lockById(periodId).orElseThrow(() -> new NotFoundException("period " + periodId));
		List<AgencyView> chosen = chosen(e);
		Set<Long> in = new HashSet<>(evaluations.agencyIdsOfPeriod(periodId));
		List<AgencyView> added = chosen.stream().filter(a -> !in.contains(a.id())).toList();
		added.forEach(a -> opener.findOrOpen(period.getId(), a.id()));
		Enrolled result = new Enrolled(added.size(), chosen.size() - added.size());
		if (!added.isEmpty()) {
			audit.publishEvent(AuditEvent.of("PERIOD_ENROLMENT", "period", periodId, null, clip(added.size() + " added, "
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

	/** An audit detail within the log's 2,000 characters. */
	static String clip(String detail) {
		return detail.length() <= 2000 ? detail : detail.substring(0, 1999) + "…";
	}

	static void requireAdmin(CurrentUser user) {
		if (user.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("period.error.adminOnly");
		}
	}
}
