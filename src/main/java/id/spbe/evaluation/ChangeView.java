package id.spbe.evaluation;

import id.spbe.common.Decimals;
import id.spbe.common.Wib;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One entry of an indicator's history.
 *
 * @param field    LEVEL, NOTE, RECOMMENDATION or JUSTIFICATION
 * @param oldValue the value before (levels as plain decimals, e.g. "2" or "2.5"), null when empty
 */
public record ChangeView(Stage stage, String field, String oldValue, String newValue, long changedBy, Instant at) {

	/** The value before as a page shows it: a level in the request's language ("2,5"), text as written. */
	public String shownOld() {
		return shown(oldValue);
	}

	/** The value after, as {@link #shownOld()}. */
	public String shownNew() {
		return shown(newValue);
	}

	private String shown(String value) {
		if (value == null || !"LEVEL".equals(field)) {
			return value;
		}
		try {
			return Decimals.level(new BigDecimal(value));
		}
		catch (NumberFormatException stored) {
			return value;
		}
	}

	/** The time in WIB (Asia/Jakarta), for display. */
	public LocalDateTime localTime() {
		return Wib.of(at);
	}
}
