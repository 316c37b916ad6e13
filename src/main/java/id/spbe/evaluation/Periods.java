package id.spbe.evaluation;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's periods: create one on a published instrument version with its stage
 * windows ({@link PeriodRules}) and change it before it starts; enrolment is {@link Enrolments}. Every change is published as an {@link AuditEvent}.
 */
@Service
@Transactional(readOnly = true)
public class Periods {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final InstrumentCatalog instruments;
	private final ApplicationEventPublisher audit;
	private final Clock clock;

	Periods(EvaluationPeriodRepository periods, EvaluationRepository evaluations, InstrumentCatalog instruments,
			ApplicationEventPublisher audit, Clock clock) {
		this.periods = periods;
		this.evaluations = evaluations;
		this.instruments = instruments;
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

	/** The period before this one (the next older in {@link #list()}), whose teams a new period copies by default. */
	public java.util.Optional<PeriodView> previous(long id) {
		List<PeriodView> all = list();
		for (int i = 0; i < all.size() - 1; i++) {
			if (all.get(i).id() == id) {
				return java.util.Optional.of(all.get(i + 1));
			}
		}
		return java.util.Optional.empty();
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
				.orElseThrow(() -> unknownOrDraft(null, code, version, String.valueOf(code), String.valueOf(version)));
		return requirePublished(found);
	}

	/** A draft is named as such ("period.error.instrumentNotPublished"), anything else as unknown. */
	private RuleViolationException unknownOrDraft(Long id, String code, Integer version, String shownCode, String shownVersion) {
		return instruments.draft(id, code, version)
				.map(d -> RuleViolationException.badInput("period.error.instrumentNotPublished", d.code(), d.version(),
						Transitions.named("instrument.status.DRAFT")))
				.orElseGet(() -> RuleViolationException.badInput("period.error.unknownInstrument", shownCode, shownVersion));
	}

	private long requirePublished(InstrumentSummary i) {
		if (i.status() != InstrumentStatus.PUBLISHED) {
			throw RuleViolationException.badInput("period.error.instrumentNotPublished", i.code(), i.version(),
					Transitions.named("instrument.status." + i.status().name()));
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
				.orElseThrow(() -> unknownOrDraft(p.instrumentId(), null, null, "#" + p.instrumentId(), "?"));
		requirePublished(instrument);
		return new Evaluations.NewPeriod(p.year(), name, p.instrumentId(), p.selfStart(), p.selfEnd(), p.reviewStart(),
				p.reviewEnd(), p.interviewStart(), p.interviewEnd(), p.finalStart(), p.finalEnd());
	}

	private static String describe(Evaluations.NewPeriod p) {
		return p.year() + " " + p.name() + ", instrument #" + p.instrumentId() + PeriodRules.windows(p).stream()
				.map(w -> ", " + w.key().substring(w.key().lastIndexOf('.') + 1) + " " + w.window().from() + ".." + w.window().to())
				.collect(Collectors.joining());
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
