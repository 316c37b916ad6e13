package id.spbe.evaluation;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator entries of evaluations. Writes assume the caller checked role, ownership and
 * state in the same transaction (see {@link EvaluationAccess#lockForAgencyWrite}).
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

	private final IndicatorAssessmentRepository assessments;
	private final ScoreChangeRepository changes;
	private final Clock clock;
	private final EvaluationRepository evaluations;
	private final ApplicationEventPublisher publisher;
	private final AssessmentReads reads;

	Assessments(IndicatorAssessmentRepository assessments, ScoreChangeRepository changes, Clock clock,
			EvaluationRepository evaluations, ApplicationEventPublisher publisher, AssessmentReads reads) {
		this.reads = reads;
		this.assessments = assessments;
		this.changes = changes;
		this.clock = clock;
		this.evaluations = evaluations;
		this.publisher = publisher;
	}

	/** The audit log's action for a change of a level, at any stage (the agency's self level too). */
	public static final String SCORE_CHANGED = "SCORE_CHANGED";

	/** Every entry of the evaluation with its stage values, by indicator number, in one statement. */
	public List<AssessmentView> list(long evaluationId) {
		return reads.of(evaluationId);
	}

	/** One entry. @throws NotFoundException when the evaluation has no such indicator */
	public AssessmentView get(long evaluationId, int number) {
		return find(evaluationId, number).toView();
	}

	/**
	 * The agency's entry as checked by the caller.
	 *
	 * @param expectedVersion the version the user started from; null to skip the check (API
	 *                        clients that do not send it)
	 */
	public record SelfEntry(BigDecimal level, String justification, Long expectedVersion) {
	}

	/** An assessor stage's values as checked by the caller; the recommendation counts at FINAL only. */
	public record StageEntry(Stage stage, BigDecimal level, String note, String recommendation) {
	}

	/**
	 * Saves the agency's level and justification.
	 *
	 * @throws ConcurrentEditException when the stored version differs; nothing is written
	 */
	@Transactional
	public AssessmentView saveSelf(long evaluationId, int number, SelfEntry entry, long actorId) {
		IndicatorAssessment a = find(evaluationId, number);
		if (entry.expectedVersion() != null && entry.expectedVersion() != a.getEntryVersion()) {
			throw new ConcurrentEditException(a.toView());
		}
		keep(evaluationId, a, a.updateSelf(entry.level(), entry.justification(), actorId, clock.instant()));
		assessments.flush();
		return a.toView();
	}

	/**
	 * Sets an assessor stage's level, note and (final stage only) recommendation, keeping every
	 * change in the history. The caller checked role, team, workflow state and the scale.
	 *
	 * A null level clears the stage's own level (the previous stage's then shows again).
	 */
	@Transactional
	public AssessmentView saveStage(long evaluationId, int number, StageEntry entry, long actorId) {
		if (!entry.stage().isAssessor()) {
			throw new IllegalArgumentException("the agency's level is saved with saveSelf");
		}
		IndicatorAssessment a = find(evaluationId, number);
		keep(evaluationId, a, a.updateStage(entry.stage(), entry.level(), entry.note(), entry.recommendation(), actorId,
				clock.instant()));
		assessments.flush();
		return a.toView();
	}

	/**
	 * Gives every indicator without its own level at {@code stage} the level it shows from the
	 * previous stage, recorded as set by the actor now, so that a stage can be completed after
	 * only the differing levels were changed.
	 *
	 * @return number of indicators set
	 */
	@Transactional
	public int carryOver(long evaluationId, Stage stage, long actorId) {
		int set = 0;
		for (IndicatorAssessment a : assessments.findByEvaluationIdOrderByIndicatorNumber(evaluationId)) {
			AssessmentView view = a.toView();
			BigDecimal inherited = view.effectiveLevel(stage);
			if (!view.scoredAt(stage) && inherited != null) {
				keep(evaluationId, a, a.updateStage(stage, inherited, view.noteAt(stage), view.recommendation(), actorId,
						clock.instant()));
				set++;
			}
		}
		assessments.flush();
		return set;
	}

	/**
	 * Sets the value of an indicator fed by another national index at every stage (docs/domain.md
	 * section 3: I5, I6, I7, I18 of Pemdi), kept in the history and the audit log like any level.
	 * The caller (the external index module) checked the administrator, the indicator and the value.
	 */
	@Transactional
	public AssessmentView saveExternal(long evaluationId, int number, BigDecimal value, long actorId) {
		IndicatorAssessment a = find(evaluationId, number);
		keep(evaluationId, a, a.setExternal(value, actorId, clock.instant()));
		assessments.flush();
		return a.toView();
	}

	/** The history of one indicator, newest first. */
	public List<ChangeView> history(long evaluationId, int number) {
		return changes.findByAssessmentIdOrderByChangedAtDescIdDesc(find(evaluationId, number).getId()).stream()
				.map(ScoreChange::toView).toList();
	}

	/** For each evaluation id, how many indicators have their own level at the given stage. */
	public java.util.Map<Long, Long> scoredCounts(java.util.Collection<Long> evaluationIds, Stage stage) {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		if (!evaluationIds.isEmpty()) {
			assessments.countScored(evaluationIds, stage).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
		}
		return counts;
	}

	/** Assigns the entry to a user and/or unit of the agency (null clears). */
	@Transactional
	public AssessmentView assign(long evaluationId, int number, Long userId, Long unitId, long actorId) {
		IndicatorAssessment a = find(evaluationId, number);
		a.assign(userId, unitId, actorId, clock.instant());
		assessments.flush();
		return a.toView();
	}

	/**
	 * Approves the current entry (coordinator).
	 *
	 * @param seenVersion the entry version the coordinator looked at; null to skip the check
	 * @throws ConcurrentEditException when the entry changed since; nothing is approved
	 */
	@Transactional
	public AssessmentView approve(long evaluationId, int number, Long seenVersion, long actorId) {
		IndicatorAssessment a = find(evaluationId, number);
		if (seenVersion != null && seenVersion != a.getEntryVersion()) {
			throw new ConcurrentEditException(a.toView());
		}
		a.approve(actorId, clock.instant());
		assessments.flush();
		return a.toView();
	}

	/** Records that the entry's evidence changed: the approval is withdrawn. */
	@Transactional
	public void touch(long evaluationId, int number, long actorId) {
		find(evaluationId, number).touch(actorId, clock.instant());
		assessments.flush();
	}

	/**
	 * The one place score_change rows are written: each save's changes are kept in the history, and
	 * a change of a level (self or any assessor stage) is also reported to the audit log.
	 */
	private void keep(long evaluationId, IndicatorAssessment a, List<ScoreChange> made) {
		changes.saveAll(made);
		List<String> levels = made.stream().filter(ScoreChange::isLevel).map(ScoreChange::summary).toList();
		if (!levels.isEmpty()) {
			// the caller locked the evaluation in this transaction: this read is the persistence context's
			Long agencyId = evaluations.findById(evaluationId).map(Evaluation::getAgencyId).orElse(null);
			publisher.publishEvent(AuditEvent.of(SCORE_CHANGED, "evaluation", evaluationId, agencyId,
					"indicator " + a.getIndicatorNumber() + ", " + String.join("; ", levels)));
		}
	}

	private IndicatorAssessment find(long evaluationId, int number) {
		return assessments.findByEvaluationIdAndIndicatorNumber(evaluationId, number)
				.orElseThrow(() -> new NotFoundException("indicator " + number + " of evaluation " + evaluationId));
	}
}
