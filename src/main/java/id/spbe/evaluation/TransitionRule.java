package id.spbe.evaluation;

import id.spbe.user.CurrentUser;

/**
 * A precondition a module adds to a workflow action it owns, checked by {@link Transitions} after
 * the table allowed the move and in the same transaction, with the evaluation row locked. The
 * self-assessment's readiness before SUBMIT is one: the evaluation module cannot know what blocks an
 * indicator, since that needs the evidence.
 */
public interface TransitionRule {

	/**
	 * Refuses the move by throwing; returns normally to let it happen.
	 *
	 * @param note the cleaned note of the move, or null
	 * @throws id.spbe.common.RuleViolationException when the move may not happen now
	 */
	void check(CurrentUser user, EvaluationView evaluation, EvaluationAction action, String note);
}
