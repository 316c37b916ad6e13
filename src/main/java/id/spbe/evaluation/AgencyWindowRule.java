package id.spbe.evaluation;

import id.spbe.user.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The agency's dates for its two workflow moves, checked like every other agency write: the
 * submission inside the self-assessment window (or its extension), the hand-back of a
 * clarification up to the clarification's deadline. Both are agency writes that go through
 * {@link Transitions} rather than {@link EvaluationAccess#checkAgencyWrite}.
 */
@Component
class AgencyWindowRule implements TransitionRule {

	private final EvaluationAccess access;
	private final ClarificationRepository clarifications;

	AgencyWindowRule(EvaluationAccess access, ClarificationRepository clarifications) {
		this.access = access;
		this.clarifications = clarifications;
	}

	@Override
	public void check(CurrentUser user, EvaluationView evaluation, EvaluationAction action, String note) {
		if (action == EvaluationAction.SUBMIT) {
			access.checkWindow(evaluation);
		}
		else if (action == EvaluationAction.HAND_BACK) {
			clarifications.findByEvaluationIdAndClosedAtIsNull(evaluation.id()).map(Clarification::toView)
					.ifPresent(access::checkClarificationDeadline);
		}
	}
}
