package id.spbe.externalindex;

import id.spbe.instrument.Text;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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

	/**
	 * The shape the API gives it, on {@code GET /api/evaluations/{id}} (as {@code external}) and
	 * as the answer of {@code PUT .../external-indices/{n}}: one shape wherever it is read.
	 */
	public Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("indicator", number);
		json.put("index", indexCode);
		json.put("arrived", arrived());
		json.put("value", value.toPlainString());
		json.put("score", score == null ? null : score.toPlainString());
		json.put("source", source);
		json.put("date", date == null ? null : date.toString());
		json.put("enteredBy", enteredBy);
		json.put("enteredAt", enteredAt == null ? null : enteredAt.toString());
		return json;
	}
}
