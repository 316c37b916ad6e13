package id.spbe.evaluation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When the agency may write its self-assessment: the period's self-assessment window, its last
 * day moved by an administrator's extension for this one evaluation, judged on {@code today}
 * (WIB, the one clock) when the view was read. Pages show {@link #lastDay()} and
 * {@link #daysLeft()}; {@link EvaluationAccess} refuses agency writes when {@link #open()} is false.
 *
 * @param period        the period's self-assessment window
 * @param extendedUntil the last day of an administrator's extension for this evaluation, or null
 */
public record AgencyWindow(DateWindow period, LocalDate extendedUntil, LocalDate today) {

	/** The first day the agency may write, or null when the period sets none. */
	public LocalDate firstDay() {
		return period.from();
	}

	/** The last day the agency may write (the extension when there is one), or null when open-ended. */
	public LocalDate lastDay() {
		return extendedUntil != null ? extendedUntil : period.to();
	}

	/** True when an extension moved the last day. */
	public boolean extended() {
		return extendedUntil != null;
	}

	/** True when today is inside the window. */
	public boolean open() {
		return new DateWindow(firstDay(), lastDay()).contains(today);
	}

	/** True before the window opens. */
	public boolean notYetOpen() {
		return firstDay() != null && today.isBefore(firstDay());
	}

	/** Days left including today (1 on the last day), 0 once closed; -1 when the window has no end. */
	public long daysLeft() {
		if (lastDay() == null) {
			return -1;
		}
		return Math.max(0, ChronoUnit.DAYS.between(today, lastDay()) + 1);
	}
}
