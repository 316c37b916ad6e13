package id.spbe.evaluation;

import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.util.function.BooleanSupplier;

/**
 * The one rule of who may see an evaluation, apart from how the facts are read: whether an
 * assessor is on the team comes from a single-row query or from a column of a joined read, and is
 * asked only for assessors.
 */
final class Visibility {

	private Visibility() {
	}

	static boolean canSee(CurrentUser user, Evaluation evaluation, BooleanSupplier onTeam) {
		if (user.getRole() == Role.ADMIN) {
			return true;
		}
		if (user.getRole().isAgencyRole()) {
			return user.getAgencyId() != null && user.getAgencyId() == evaluation.getAgencyId();
		}
		// assessors start with the submitted evaluation: the agency's drafts are not theirs to read
		return user.getRole() == Role.ASSESSOR && evaluation.getState() != EvaluationState.SELF_ASSESSMENT
				&& onTeam.getAsBoolean();
	}
}
