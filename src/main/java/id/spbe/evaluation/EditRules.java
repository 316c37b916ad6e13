package id.spbe.evaluation;

import id.spbe.common.RuleViolationException;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;

/**
 * Who may edit which entry of an agency's self-assessment. Plain code, outside any transaction
 * proxy, so that a refusal inside a larger write does not doom that write's transaction.
 */
public final class EditRules {

	private EditRules() {
	}

	/**
	 * An operator edits entries assigned to them or to their unit, or not assigned at all; the
	 * coordinator edits every entry of the agency.
	 *
	 * @throws RuleViolationException FORBIDDEN otherwise
	 */
	public static void requireMayEdit(CurrentUser user, AssessmentView entry) {
		if (user.getRole() == Role.AGENCY_COORDINATOR) {
			return;
		}
		boolean mine = entry.assigneeUserId() != null ? entry.assigneeUserId() == user.getId()
				: entry.assigneeUnitId() == null || entry.assigneeUnitId().equals(user.getUnitId());
		if (user.getRole() != Role.AGENCY_OPERATOR || !mine) {
			throw RuleViolationException.forbidden("selfAssessment.error.notAssigned", entry.number());
		}
	}

}
