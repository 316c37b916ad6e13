package id.spbe.review;

import id.spbe.evaluation.ChangeView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.IndicatorRow;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The read-only parts of the side-by-side indicator page, rendered by jte
 * ({@code review/indicatorHead.jte}: title, neighbours, weight and the agency's level and
 * justification; {@code review/stageTable.jte}: the criteria, every stage's value and the
 * recommendation; {@code review/history.jte}) while its forms stay in Thymeleaf: these parts were
 * most of the expressions Thymeleaf evaluated on the page (docs/performance.md, seventh session).
 * {@link IndicatorPageModel} renders them for the page and for every block an htmx save answers.
 */
record IndicatorParts(ReviewBoard board, IndicatorRow row, List<ChangeView> history, Locale locale, String contextPath) {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

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
		return WHEN.withLocale(locale).format(change.localTime());
	}

	/** A history value cut to 200 characters with "...", as Thymeleaf's {@code #strings.abbreviate} did. */
	static String abbreviate(String value) {
		return value == null || value.length() <= 200 ? value : value.substring(0, 197) + "...";
	}
}
