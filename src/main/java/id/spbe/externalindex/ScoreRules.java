package id.spbe.externalindex;

import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.common.Wib;
import id.spbe.instrument.ExternalIndexConversion;
import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The one set of checks of a national index score, shared by the page, the API and the CSV
 * import: each field on its own, so a page can name the field and a CSV its column.
 */
final class ScoreRules {

	static final int MAX_SOURCE = 200;
	/** Decimals a score may have (the column is numeric(9, 4)). */
	static final int MAX_DECIMALS = 4;

	private ScoreRules() {
	}

	/** A checked entry: the score, its converted value, source and date. */
	record Checked(int number, BigDecimal score, BigDecimal value, String source, LocalDate date) {
	}

	/**
	 * The indicator, which must take its value from another national index.
	 *
	 * @throws RuleViolationException BAD_INPUT for an unknown indicator or one the assessors score
	 */
	static InstrumentDefinition.Indicator indicator(InstrumentDefinition instrument, Integer number) {
		if (number == null) {
			throw RuleViolationException.badInput("external.error.noIndicator");
		}
		InstrumentDefinition.Indicator indicator = instrument.indicator(number)
				.orElseThrow(() -> RuleViolationException.badInput("external.error.unknownIndicator", number));
		if (!indicator.isExternal()) {
			throw RuleViolationException.badInput("external.error.notExternal", number);
		}
		return indicator;
	}

	/**
	 * The converted value of a score on the indicator's index scale.
	 *
	 * @throws RuleViolationException BAD_INPUT for no score, too many decimals or a score outside
	 *                                the index's scale (naming the scale)
	 */
	static BigDecimal value(InstrumentDefinition.Indicator indicator, BigDecimal score) {
		if (score == null) {
			throw RuleViolationException.badInput("external.error.noScore");
		}
		Numbers.bounded(score);
		InstrumentDefinition.ExternalIndex index = indicator.externalIndex();
		if (score.compareTo(index.min()) < 0 || score.compareTo(index.max()) > 0) {
			// numbers, not text, so that the message writes them with the reader's decimal separator
			throw RuleViolationException.badInput("external.error.scoreOutside", score, index.code(), index.min(),
					index.max());
		}
		if (score.stripTrailingZeros().scale() > MAX_DECIMALS) {
			throw RuleViolationException.badInput("external.error.scoreDecimals", score, MAX_DECIMALS);
		}
		return ExternalIndexConversion.toValue(index, score);
	}

	/** The source, cleaned. @throws RuleViolationException BAD_INPUT when blank or too long */
	static String source(String typed) {
		String source = Texts.line(typed);
		if (source == null || source.isBlank()) {
			throw RuleViolationException.badInput("external.error.noSource");
		}
		if (Texts.length(source) > MAX_SOURCE) {
			throw RuleViolationException.badInput("external.error.sourceTooLong", MAX_SOURCE);
		}
		return source.strip();
	}

	/** The score's date. @throws RuleViolationException BAD_INPUT when missing or after today (WIB) */
	static LocalDate date(LocalDate date, LocalDate today) {
		if (date == null) {
			throw RuleViolationException.badInput("external.error.noDate");
		}
		if (date.isAfter(today)) {
			throw RuleViolationException.badInput("external.error.futureDate", date.toString());
		}
		if (date.isBefore(Wib.EARLIEST)) {
			throw RuleViolationException.badInput("external.error.earlyDate", date.toString(), Wib.EARLIEST.toString());
		}
		return date;
	}
}
