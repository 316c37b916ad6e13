package id.spbe.evaluation;

import id.spbe.user.CurrentUser;

/**
 * An evaluation as the other modules see it.
 *
 * @param instrumentId id of the instrument version of the period
 * @param version      optimistic-lock version of the evaluation row
 * @param window       when the agency may write its self-assessment, judged on the day it was read
 */
public record EvaluationView(long id, long agencyId, String agencyName, long periodId, String periodName, int year,
		long instrumentId, EvaluationState state, long version, AgencyWindow window) {

	/** Whether pages show the agency's deadline and days left: only while the agency fills in its self-assessment. */
	public boolean showsDeadline() {
		return state == EvaluationState.SELF_ASSESSMENT;
	}

	/**
	 * The one visibility rule of the review: the assessors' stages, notes, recommendations and
	 * evidence judgements are theirs and the administrators' while they work; the agency sees them
	 * once the evaluation is finalised (before that, only what a clarification asks of it). The
	 * caller has checked that the user may see the evaluation at all.
	 */
	public boolean reviewVisibleTo(CurrentUser user) {
		return !user.getRole().isAgencyRole() || state == EvaluationState.FINALISED;
	}
}
