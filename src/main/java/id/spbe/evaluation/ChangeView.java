package id.spbe.evaluation;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One entry of an indicator's history.
 *
 * @param field    LEVEL, NOTE, RECOMMENDATION or JUSTIFICATION
 * @param oldValue the value before (levels as plain decimals, e.g. "2" or "2.5"), null when empty
 */
public record ChangeView(Stage stage, String field, String oldValue, String newValue, long changedBy, Instant at) {

	/** The time in WIB (Asia/Jakarta), for display. */
	public LocalDateTime localTime() {
		return Wib.of(at);
	}
}
