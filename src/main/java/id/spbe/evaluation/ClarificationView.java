package id.spbe.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A clarification request (permintaan klarifikasi).
 *
 * @param indicators the indicator numbers sent back
 * @param deadline   last day (WIB) on which the agency may add evidence
 * @param closedAt   when the agency handed it back or an assessor resumed; null while open
 * @param answer     the agency's answer given on hand-back, or the assessor's note on resume
 */
public record ClarificationView(long id, long evaluationId, List<Integer> indicators, String message,
		LocalDate deadline, long requestedBy, Instant requestedAt, Long closedBy, Instant closedAt, String answer) {

	/** True until handed back or resumed. */
	public boolean open() {
		return closedAt == null;
	}

	/** Days left to answer including {@code today} (1 on the deadline), 0 once passed. */
	public long daysLeft(java.time.LocalDate today) {
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today, deadline) + 1);
	}

	/** True when indicator {@code number} was sent back. */
	public boolean includes(int number) {
		return indicators.contains(number);
	}
}
