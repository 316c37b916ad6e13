package id.spbe.review;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the review pages write days and times (WIB), in one place for the Thymeleaf board, the jte
 * parts and the stage table: digits only, so the same in both languages.
 */
final class ReviewDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
	private static final DateTimeFormatter EVENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ReviewDates() {
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}

	static String minute(LocalDateTime time) {
		return MINUTE.format(time);
	}

	static String minute(Instant at) {
		return MINUTE.format(Wib.of(at));
	}

	/** A workflow event's or team change's time, as the history lists write it. */
	static String event(LocalDateTime time) {
		return EVENT.format(time);
	}
}
