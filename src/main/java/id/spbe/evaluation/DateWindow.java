package id.spbe.evaluation;

import java.time.LocalDate;

/**
 * A stage window of a period: WIB calendar days, both ends inclusive. A null end is open on that
 * side (periods made before windows were kept may lack some).
 */
public record DateWindow(LocalDate from, LocalDate to) {

	/** True when {@code day} falls inside the window. */
	public boolean contains(LocalDate day) {
		return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
	}

	/** True when both ends are set. */
	public boolean complete() {
		return from != null && to != null;
	}
}
