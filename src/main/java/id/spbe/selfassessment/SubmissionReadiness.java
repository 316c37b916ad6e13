package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.TransitionRule;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.Worksheets;
import org.springframework.stereotype.Component;

/**
 * The self-assessment's rule for SUBMIT: nothing may block any indicator (readiness page), and the
 * covering note is short. The table already says that only the coordinator submits, and only in
 * self-assessment; after submission the agency can change nothing.
 */
@Component
class SubmissionReadiness implements TransitionRule {

	/** Longest covering note of a submission, in characters. */
	static final int MAX_NOTE = 2000;

	private final Worksheets worksheets;

	SubmissionReadiness(Worksheets worksheets) {
		this.worksheets = worksheets;
	}

	@Override
	public void check(CurrentUser user, EvaluationView evaluation, EvaluationAction action, String note) {
		if (action != EvaluationAction.SUBMIT) {
			return;
		}
		long blocked = worksheets.worksheet(user, evaluation.id()).blocked();
		if (blocked > 0) {
			throw RuleViolationException.conflict("selfAssessment.error.notReady", blocked);
		}
		if (Texts.length(note) > MAX_NOTE) {
			throw RuleViolationException.badInput("selfAssessment.error.noteTooLong", MAX_NOTE);
		}
	}
}
