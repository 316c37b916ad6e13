package id.spbe.worksheet;

import id.spbe.common.RuleViolationException;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.IndexInputException;
import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;

/**
 * The one level check of every level a person types (the agency's, an assessor's at any stage,
 * an interview note's, a what-if target): the same rule as the index calculator, as a refusal
 * with a message.
 */
public final class Levels {

	private Levels() {
	}

	/**
	 * Checks a level against the instrument scale (range, whole or two-decimal values); null passes.
	 * An indicator fed by another national index takes no typed level at all, not even a cleared one.
	 *
	 * @throws RuleViolationException BAD_INPUT with the scale in the message, or naming the national
	 *                                index for an external indicator
	 */
	public static void check(InstrumentDefinition instrument, int number, BigDecimal level) {
		checkAssessed(instrument, number);
		try {
			IndexCalculator.checkValue(instrument, number, level);
		}
		catch (IndexInputException e) {
			throw RuleViolationException.badInput(e.getMessageKey(), e.getArguments());
		}
	}

	/**
	 * Refuses any level, note or target for an indicator whose value comes from another national
	 * index (Pemdi I5, I6, I7, I18): an administrator enters the score, nobody assesses it.
	 *
	 * @throws RuleViolationException BAD_INPUT naming the indicator and its index
	 */
	public static void checkAssessed(InstrumentDefinition instrument, int number) {
		instrument.indicator(number).filter(InstrumentDefinition.Indicator::isExternal).ifPresent(i -> {
			throw RuleViolationException.badInput("external.error.notAssessed", number, i.externalIndex().code());
		});
	}
}
