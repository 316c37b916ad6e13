package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import org.springframework.stereotype.Component;

/**
 * What the viewer may do with one entry now, asked by the pages to show or hide forms; the writes
 * check the same rules again on the server.
 */
@Component
class EntryPermissions {

	private final EvaluationAccess access;

	EntryPermissions(EvaluationAccess access) {
		this.access = access;
	}

	/** True when the user may change the level and justification now. */
	boolean mayEdit(CurrentUser user, Worksheet worksheet, IndicatorRow row) {
		return worksheet.open() && user.getRole().isAgencyRole() && passes(() -> EditRules.requireMayEdit(user, row.entry()));
	}

	/**
	 * True when the user may add evidence now: in self-assessment as for editing, and during a
	 * clarification for the indicators sent back, until the deadline.
	 */
	boolean mayAddEvidence(CurrentUser user, Worksheet worksheet, IndicatorRow row) {
		return user.getRole().isAgencyRole() && passes(() -> {
			access.checkAgencyEvidenceWrite(user, worksheet.evaluation(), row.indicator().number());
			EditRules.requireMayEdit(user, row.entry());
		});
	}

	/** True when the coordinator may approve this entry now. */
	boolean mayApprove(CurrentUser user, Worksheet worksheet, IndicatorRow row) {
		return worksheet.open() && user.getRole() == id.spbe.user.Role.AGENCY_COORDINATOR && !row.entry().approved();
	}

	private static boolean passes(Runnable check) {
		try {
			check.run();
			return true;
		}
		catch (RuleViolationException e) {
			return false;
		}
	}
}
