package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
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
		return worksheet.open() && coordinator(user) && !row.entry().approved();
	}

	/** True when the coordinator may approve many entries from the overview now (same rule as assigning). */
	boolean mayApproveMany(CurrentUser user, Worksheet worksheet) {
		return mayAssign(user, worksheet);
	}

	/** True when the user may assign indicators now: the coordinator, during self-assessment. */
	boolean mayAssign(CurrentUser user, Worksheet worksheet) {
		return worksheet.open() && coordinator(user);
	}

	/** True when the user may submit now; whether anything still blocks is checked on submission. */
	boolean maySubmit(CurrentUser user, Worksheet worksheet) {
		return worksheet.open() && coordinator(user);
	}

	/** True for an operator during self-assessment, who leaves the submission to the coordinator. */
	boolean leavesSubmissionToCoordinator(CurrentUser user, Worksheet worksheet) {
		return worksheet.open() && user.getRole() == Role.AGENCY_OPERATOR;
	}

	/** True when the user answers a clarification and hands the evaluation back: the coordinator. */
	boolean mayHandBack(CurrentUser user) {
		return coordinator(user);
	}

	/** True when the user may import a worksheet now: the agency's staff, during self-assessment. */
	boolean mayImport(CurrentUser user, Worksheet worksheet) {
		return worksheet.open() && user.getRole().isAgencyRole();
	}

	private static boolean coordinator(CurrentUser user) {
		return user.getRole() == Role.AGENCY_COORDINATOR;
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
