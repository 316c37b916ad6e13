package id.spbe.evaluation;

import id.spbe.common.NotFoundException;
import id.spbe.common.Wib;
import id.spbe.instrument.ExternalIndexConversion;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Periods, evaluations, their progress, events and clarifications, for reading and opening; the
 * workflow moves are {@link Transitions}.
 */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final IndicatorAssessmentRepository assessments;
	private final EvaluationEventRepository events;
	private final EvaluationAccess access;
	private final InstrumentCatalog instruments;
	private final ClarificationRepository clarifications;
	private final Clock clock;

	Evaluations(EvaluationPeriodRepository periods, EvaluationRepository evaluations,
			IndicatorAssessmentRepository assessments, EvaluationEventRepository events, EvaluationAccess access,
			InstrumentCatalog instruments, ClarificationRepository clarifications, Clock clock) {
		this.clarifications = clarifications;
		this.periods = periods;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.events = events;
		this.access = access;
		this.instruments = instruments;
		this.clock = clock;
	}

	/** The period named {@code name}, created with these values when missing. */
	@Transactional
	public PeriodView findOrCreatePeriod(NewPeriod p) {
		return PeriodView.of(periods.findByName(p.name()).orElseGet(() -> periods.save(new EvaluationPeriod(p))));
	}

	/**
	 * For demo data: the period named {@code p.name()}, created when missing; when today lies outside
	 * its self-assessment window, its windows become {@code p}'s (the rules of an administrator's
	 * change do not apply: a demo started on any day needs its periods open on that day).
	 */
	@Transactional
	public PeriodView findOrCreateOpenPeriod(NewPeriod p) {
		EvaluationPeriod period = periods.findByName(p.name()).orElseGet(() -> periods.save(new EvaluationPeriod(p)));
		if (!PeriodView.of(period).selfAssessment().contains(Wib.today(clock))) {
			period.change(p.withInstrument(period.getInstrumentId()));
		}
		return PeriodView.of(periods.saveAndFlush(period));
	}

	/**
	 * A period to open: year, name, the instrument version it uses and its stage windows (WIB days,
	 * inclusive): self-assessment, document review ({@code review*}), interview and final.
	 */
	public record NewPeriod(int year, String name, long instrumentId, LocalDate selfStart, LocalDate selfEnd,
			LocalDate reviewStart, LocalDate reviewEnd, LocalDate interviewStart, LocalDate interviewEnd,
			LocalDate finalStart, LocalDate finalEnd) {

		/** A period with self-assessment and document review windows only (set-up code and tests). */
		public NewPeriod(int year, String name, long instrumentId, LocalDate selfStart, LocalDate selfEnd,
				LocalDate reviewStart, LocalDate reviewEnd) {
			this(year, name, instrumentId, selfStart, selfEnd, reviewStart, reviewEnd, null, null, null, null);
		}

		/** The same period on another instrument version. */
		NewPeriod withInstrument(long id) {
			return new NewPeriod(year, name, id, selfStart, selfEnd, reviewStart, reviewEnd, interviewStart,
					interviewEnd, finalStart, finalEnd);
		}
	}

	/**
	 * The agency's evaluation in the period, opened in self-assessment with one empty entry per
	 * indicator of the period's instrument when missing.
	 */
	@Transactional
	public EvaluationView findOrOpen(long periodId, long agencyId) {
		Evaluation evaluation = evaluations.findByPeriodIdAndAgencyId(periodId, agencyId).orElseGet(() -> {
			EvaluationPeriod period = periods.findById(periodId).orElseThrow(() -> new NotFoundException("period " + periodId));
			Evaluation opened = evaluations.save(new Evaluation(period, agencyId, clock.instant()));
			InstrumentDefinition instrument = instruments.byId(period.getInstrumentId()).orElseThrow();
			instrument.allIndicators().forEach(i -> {
				IndicatorAssessment entry = new IndicatorAssessment(opened.getId(), i.number());
				if (i.isExternal()) {
					// until the national index arrives its value is the instrument's default, at every stage
					entry.setExternal(ExternalIndexConversion.toValue(i.externalIndex(), null), null, null);
				}
				assessments.save(entry);
			});
			return opened;
		});
		return access.view(evaluations.findWithPeriod(evaluation.getId()).orElseThrow());
	}

	/** The agency's evaluations, newest year first. */
	public List<EvaluationView> forAgency(long agencyId) {
		return access.views(evaluations.findByAgency(agencyId));
	}

	/** Number of periods. */
	public long countPeriods() {
		return periods.count();
	}

	/**
	 * For each evaluation, the stage its progress is measured at (the stage under way; SELF before
	 * submission, DOCUMENT_REVIEW when waiting for it, FINAL once finalised) and how many
	 * indicators have their own level there, out of all.
	 */
	public java.util.Map<Long, StageProgress> progress(List<EvaluationView> views) {
		java.util.Map<Long, StageProgress> result = new java.util.HashMap<>();
		java.util.Map<Stage, List<EvaluationView>> byStage = views.stream()
				.collect(java.util.stream.Collectors.groupingBy(Evaluations::progressStage));
		java.util.Map<Long, Long> totals = new java.util.HashMap<>();
		if (!views.isEmpty()) {
			assessments.countByEvaluation(views.stream().map(EvaluationView::id).toList())
					.forEach(row -> totals.put((Long) row[0], (Long) row[1]));
		}
		byStage.forEach((stage, list) -> {
			java.util.Map<Long, Long> scored = new java.util.HashMap<>();
			assessments.countScored(list.stream().map(EvaluationView::id).toList(), stage)
					.forEach(row -> scored.put((Long) row[0], (Long) row[1]));
			list.forEach(v -> result.put(v.id(), new StageProgress(stage,
					new IndicatorCounts(totals.getOrDefault(v.id(), 0L), scored.getOrDefault(v.id(), 0L)))));
		});
		return result;
	}

	/** Progress of one evaluation at one stage. */
	public record StageProgress(Stage stage, IndicatorCounts counts) {
	}

	private static Stage progressStage(EvaluationView v) {
		return switch (v.state()) {
			case SELF_ASSESSMENT -> Stage.SELF;
			case SUBMITTED -> Stage.DOCUMENT_REVIEW;
			case FINALISED -> Stage.FINAL;
			default -> v.state().workingStage().orElseThrow();
		};
	}

	/** The open clarification of an evaluation, if any (callers check visibility). */
	public Optional<ClarificationView> openClarification(EvaluationView evaluation) {
		// a request is open exactly while the evaluation is in a clarification state (Transitions
		// opens and closes both together): the agency's pages ask for nothing in the other states
		return evaluation.state().isClarification() ? openClarification(evaluation.id()) : Optional.empty();
	}

	/** The open clarification request of an evaluation, if any (callers check visibility). */
	public Optional<ClarificationView> openClarification(long evaluationId) {
		return clarifications.findByEvaluationIdAndClosedAtIsNull(evaluationId).map(Clarification::toView);
	}

	/** Every clarification of an evaluation, newest first (callers check visibility). */
	public List<ClarificationView> clarifications(long evaluationId) {
		return clarifications.findByEvaluationIdOrderByRequestedAtDesc(evaluationId).stream()
				.map(Clarification::toView).toList();
	}

	/** The recorded transitions of an evaluation, oldest first (callers check visibility). */
	public List<EventView> events(long evaluationId) {
		return events.findByEvaluationIdOrderByAtAsc(evaluationId).stream().map(EvaluationEvent::toView).toList();
	}
}
