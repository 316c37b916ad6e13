package id.spbe.review;

import id.spbe.instrument.InstrumentDefinition;
import java.util.List;
import java.util.Locale;

/**
 * What the review overview's indicator tables need (one table per aspect, a row per indicator),
 * rendered by {@code review/overviewTables.jte} through {@link id.spbe.common.PageParts}.
 *
 * @param form    the clarification request as typed, whose ticked boxes stay ticked after a refusal
 * @param rowBase the address of an indicator's review page without the number
 */
record OverviewTables(ReviewBoard board, List<InstrumentDefinition.Aspect> aspects, Locale locale,
		ClarificationForm form, String rowBase) {

	boolean ticked(int number) {
		return form != null && form.ticked(number);
	}
}
