package id.spbe.evaluation;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public API of the evaluation module: periods, evaluations and their workflow. */
@Service
@Transactional(readOnly = true)
public class Evaluations {

	private final EvaluationPeriodRepository periods;
	private final EvaluationRepository evaluations;
	private final IndicatorAssessmentRepository assessments;
	private final EvaluationEventRepository events;
	private final EvaluationAccess access;
	private final InstrumentCatalog instruments;
	private final Clock clock;

	Evaluations(EvaluationPeriodRepository periods, EvaluationRepository evaluations,
			IndicatorAssessmentRepository assessments, EvaluationEventRepository events, EvaluationAccess access,
			InstrumentCatalog instruments, Optional<Clock> clock) {
		this.periods = periods;
		this.evaluations = evaluations;
		this.assessments = assessments;
		this.events = events;
		this.access = access;
		this.instruments = instruments;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The period named {@code name}, created with these values when missing. */
	@Transactional
	public EvaluationPeriod findOrCreatePeriod(int year, String name, long instrumentId, LocalDate selfStart,
			LocalDate selfEnd, LocalDate reviewStart, LocalDate reviewEnd) {
		return periods.findByName(name).orElseGet(() -> periods
				.save(new EvaluationPeriod(year, name, instrumentId, selfStart, selfEnd, reviewStart, reviewEnd)));
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
			instrument.allIndicators()
					.forEach(i -> assessments.save(new IndicatorAssessment(opened.getId(), i.number())));
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
	 * Moves the evaluation by {@code action} if {@link Workflow} allows it for the user's role in
	 * the current state, and records the event. Callers check their own preconditions (e.g.
	 * readiness) in the same transaction, after {@link EvaluationAccess#lockForAgencyWrite}.
	 *
	 * @throws NotFoundException      when the user may not see the evaluation
	 * @throws RuleViolationException CONFLICT when the table does not allow the move
	 */
	@Transactional
	public EvaluationView transition(CurrentUser user, long evaluationId, EvaluationAction action, String note) {
		Evaluation evaluation = evaluations.lockById(evaluationId).filter(e -> access.canSee(user, e))
				.orElseThrow(() -> new NotFoundException("evaluation " + evaluationId));
		Workflow.Transition t = Workflow.find(evaluation.getState(), action, user.getRole())
				.orElseThrow(() -> RuleViolationException.conflict("workflow.error.notAllowed", action, evaluation.getState()));
		evaluation.moveTo(t.to());
		events.save(new EvaluationEvent(evaluation.getId(), clock.instant(), user.getId(), t, note));
		evaluations.flush();
		return access.view(evaluations.findWithPeriod(evaluationId).orElseThrow());
	}

	/** The recorded transitions of an evaluation, oldest first (callers check visibility). */
	public List<EventView> events(long evaluationId) {
		return events.findByEvaluationIdOrderByAtAsc(evaluationId).stream().map(EvaluationEvent::toView).toList();
	}
}
