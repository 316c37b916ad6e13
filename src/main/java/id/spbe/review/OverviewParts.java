package id.spbe.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The review overview's parts without forms, rendered by jte ({@code review/teamCard.jte}: the
 * stages' counts and the open clarification; {@code review/overviewTail.jte}: the interviews, the
 * clarifications, the workflow events and the team's changes) while its workflow and
 * clarification forms stay in Thymeleaf (docs/performance.md, seventh session).
 *
 * @param base the evaluation's path with the context path ("/evaluations/7"), for links
 */
record OverviewParts(ReviewBoard board, String base) {

	String day(LocalDate date) {
		return ReviewDates.day(date);
	}

	String minute(LocalDateTime time) {
		return ReviewDates.minute(time);
	}

	/** A workflow event's or team change's time in WIB, as the history lists write it. */
	String eventTime(LocalDateTime time) {
		return ReviewDates.event(time);
	}

	/** Indicator numbers as a clarification names them: "3, 12, 40". */
	static String numbers(List<Integer> indicators) {
		return indicators.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
