package id.spbe.review;

import id.spbe.evaluation.ChangeView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.IndicatorRow;
import java.util.List;
import java.util.Locale;

/**
 * The parts of the side-by-side indicator page without forms, rendered by jte
 * ({@code review/indicatorHead.jte}: title, neighbours' links, weight, open clarification;
 * {@code agencySide.jte}: the agency's level and justification; {@code criteria.jte};
 * {@code stageTable.jte}: every stage's value and the recommendation; {@code history.jte}) while
 * its forms stay in Thymeleaf, whose binding and {@code th:errors} show a refused form
 * (docs/performance.md, seventh session). {@link IndicatorPageModel} renders them for the page and
 * for every block an htmx save answers, so a block answered alone is the one the page shows.
 */
record IndicatorParts(ReviewBoard board, IndicatorRow row, List<ChangeView> history, Locale locale, String contextPath) {

	InstrumentDefinition.Indicator indicator() {
		return row.indicator();
	}

	InstrumentDefinition.Scale scale() {
		return board.ws().instrument().scales().get(row.indicator().scale());
	}

	/** The link to another indicator's page of this review. */
	String indicatorHref(int number) {
		return contextPath + "/evaluations/" + board.ws().evaluation().id() + "/review/indicators/" + number;
	}

	/** A history entry's time in WIB, as the page writes it. */
	String when(ChangeView change) {
		return ReviewDates.minute(change.localTime());
	}

	/** A history value cut to 200 characters with "...", as Thymeleaf's {@code #strings.abbreviate} did. */
	static String abbreviate(String value) {
		return value == null || value.length() <= 200 ? value : value.substring(0, 197) + "...";
	}
}
