package id.spbe.selfassessment;

import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import java.util.List;
import java.util.Locale;

/**
 * What the self-assessment overview's indicator tables need (a section per aspect, a row per
 * indicator), rendered by {@code selfassessment/overviewSections.jte} through
 * {@link id.spbe.common.PageParts}.
 *
 * @param mine          whether the page shows only the indicators assigned to the viewer
 * @param myNumbers     the indicators assigned to the viewer
 * @param assignForm    the assignment as typed (a refused one keeps its ticks)
 * @param approvalsForm the approvals as ticked (likewise)
 * @param indicatorBase the address of an indicator's page without the number
 */
record OverviewSections(Worksheet ws, Locale locale, boolean mine, List<Integer> myNumbers, boolean mayAssign,
		boolean mayApproveMany, AssignForm assignForm, ApprovalsForm approvalsForm, String indicatorBase) {

	/** False for an aspect without an indicator of the viewer's when only theirs are shown. */
	boolean shows(InstrumentDefinition.Aspect aspect) {
		return !mine || aspect.indicators().stream().anyMatch(i -> myNumbers.contains(i.number()));
	}

	boolean shows(IndicatorRow row) {
		return !mine || myNumbers.contains(row.indicator().number());
	}

	boolean assignTicked(int number) {
		return assignForm != null && assignForm.ticks(number);
	}

	boolean approvalTicked(int number) {
		return approvalsForm != null && approvalsForm.ticks(number);
	}
}
