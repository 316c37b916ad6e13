package id.spbe.externalindex;

import id.spbe.instrument.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The value of one indicator fed by another national index (Pemdi I5, I6, I7, I18) in one
 * evaluation: the converted value every stage's index uses, and where it came from.
 *
 * @param indexCode  the other index (SDI, SJIG, EPSS)
 * @param score      the other index's score as entered; null while it has not arrived
 * @param value      the converted value on the instrument's scale; the instrument's default
 *                   (1.00 for Pemdi) while waiting
 * @param source     e.g. "SDI 2026"; date the score's date; enteredBy and enteredAt who entered it
 *                   and when; all null while waiting
 */
public record ExternalScoreView(int number, Text indicatorName, String indexCode, Text indexName, BigDecimal score,
		BigDecimal value, String source, LocalDate date, String enteredBy, Instant enteredAt) {

	/** True once the other index's score was entered; false while "waiting for the national index". */
	public boolean arrived() {
		return score != null;
	}
}
