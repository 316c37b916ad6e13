package id.spbe.evidence;

import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The steps every change of an indicator's evidence goes through, whether a file or a link: who
 * may write, the levels on the evaluation's instrument, the lock on the indicator, the withdrawn
 * approval, and for a shared file every indicator it serves. Shared by {@link EvidenceService}
 * and {@link EvidenceUploads} so that both hold to one set of rules.
 */
@Component
class EvidenceEdits {

	private final EvidenceRepository evidence;
	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;
	private final Evaluations evaluations;
	private final Clock clock;

	EvidenceEdits(EvidenceRepository evidence, EvaluationAccess access, Assessments assessments,
			InstrumentCatalog instruments, Evaluations evaluations, Clock clock) {
		this.evidence = evidence;
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/** Checks, before anything is received or locked, that the user may change this indicator's evidence. */
	EvaluationView precheck(CurrentUser user, long evaluationId, int number) {
		EvaluationView evaluation = access.require(user, evaluationId);
		AssessmentView entry = assessments.get(evaluationId, number);
		access.checkAgencyEvidenceWrite(user, evaluation, number);
		EditRules.requireMayEdit(user, entry);
		return evaluation;
	}

	/** The levels and items as stored, checked against the indicator on the evaluation's instrument; see {@link EvidenceInput#tags}. */
	EvidenceInput.Tags tags(EvaluationView evaluation, int number, Collection<Integer> levels, Collection<String> items) {
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		InstrumentDefinition.Indicator indicator = instrument.indicator(number)
				.orElseThrow(() -> new NotFoundException("indicator " + number));
		return EvidenceInput.tags(instrument, indicator, levels, items);
	}

	/**
	 * Stores new evidence for one indicator, inside the caller's transaction. The indicator is
	 * locked first and the rules asked again under the lock, since they may have changed since
	 * {@link #precheck}; the evidence is made only then, so that its times are those of the write.
	 */
	long addNew(CurrentUser user, EvaluationView evaluation, int number, EvidenceInput.Tags levels, Supplier<Evidence> make) {
		return addLocked(user, evaluation, lockedEntry(user, evaluation.id(), number), levels, make);
	}

	/**
	 * As {@link #addNew}, for a caller that took the lock with {@link #lockedEntry} in the same
	 * transaction because it has more to check under that lock (a file already in the evaluation).
	 */
	long addLocked(CurrentUser user, EvaluationView evaluation, AssessmentView entry, EvidenceInput.Tags levels,
			Supplier<Evidence> make) {
		int number = entry.number();
		Evidence e = make.get();
		e.use(entry.id(), levels, user.getId(), clock.instant());
		evidence.saveAndFlush(e);
		touch(evaluation, number, user);
		return e.getId();
	}

	AssessmentView lockedEntry(CurrentUser user, long evaluationId, int number) {
		access.lockForAgencyEvidenceWrite(user, evaluationId, number);
		AssessmentView entry = assessments.get(evaluationId, number);
		EditRules.requireMayEdit(user, entry);
		return entry;
	}

	// an evidence change withdraws the approval while the agency still works; later it changes nothing
	void touch(EvaluationView evaluation, int number, CurrentUser user) {
		if (evaluation.state() == EvaluationState.SELF_ASSESSMENT) {
			assessments.touch(evaluation.id(), number, user.getId());
		}
	}

	/** Evidence of this evaluation, hidden or not. */
	Evidence find(long evaluationId, long evidenceId) {
		return evidence.findById(evidenceId).filter(e -> e.getEvaluationId() == evaluationId)
				.orElseThrow(() -> new NotFoundException("evidence " + evidenceId));
	}

	/**
	 * The entries of every indicator that uses {@code e}, once the user may change them all; for a
	 * change of the evidence itself (a new file version), made under the lock of {@code locked}.
	 */
	List<AssessmentView> usesMayChange(CurrentUser user, EvaluationView locked, Evidence e) {
		List<Long> ids = e.uses().stream().map(EvidenceUse::assessmentId).toList();
		List<AssessmentView> entries = assessments.list(e.getEvaluationId()).stream().filter(a -> ids.contains(a.id()))
				.toList();
		entries.forEach(entry -> EditRules.requireMayEdit(user, entry));
		requireAllSentBack(locked, entries);
		return entries;
	}

	// a new version changes the file for every indicator it supports: during a clarification all of
	// them must have been sent back, or the assessors' judgements elsewhere would silently reset
	private void requireAllSentBack(EvaluationView evaluation, List<AssessmentView> entries) {
		if (!evaluation.state().isClarification()) {
			return;
		}
		ClarificationView open = evaluations.openClarification(evaluation.id()).orElseThrow(
				() -> RuleViolationException.conflict("selfAssessment.error.lockedReview"));
		String outside = entries.stream().map(AssessmentView::number).filter(n -> !open.includes(n)).sorted()
				.map(String::valueOf).collect(Collectors.joining(", "));
		if (!outside.isEmpty()) {
			throw RuleViolationException.conflict("clarification.error.sharedFile", outside);
		}
	}
}
