package id.spbe.notice;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One thing that waits for the reader's action, as the home page and {@code GET /api/notices}
 * show it.
 *
 * @param message  what to do, in the request's language
 * @param link     the path of the page where the reader acts
 * @param deadline the last day (WIB) to act, or the day of the event; null when there is none
 * @param daysLeft days left including today (1 on the deadline, 0 once passed); null without a deadline
 */
public record Notice(NoticeKind kind, String message, String link, LocalDate deadline, Long daysLeft) {

	/** Days at or under which a deadline shows as urgent. */
	static final long URGENT_DAYS = 3;

	/** A notice with a deadline judged on {@code today} (WIB); {@code deadline} may be null. */
	static Notice of(NoticeKind kind, String message, String link, LocalDate deadline, LocalDate today) {
		Long days = deadline == null ? null : Math.max(0, ChronoUnit.DAYS.between(today, deadline) + 1);
		return new Notice(kind, message, link, deadline, days);
	}

	/** Whether the page shows a deadline beside the message. */
	public boolean hasDeadline() {
		return deadline != null;
	}

	/** Whether the deadline is close enough to stand out. */
	public boolean urgent() {
		return daysLeft != null && daysLeft <= URGENT_DAYS;
	}
}
