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
	 *
	 * @throws RuleViolationException BAD_INPUT with the scale in the message
	 */
	public static void check(InstrumentDefinition instrument, int number, BigDecimal level) {
		try {
			IndexCalculator.checkValue(instrument, number, level);
		}
		catch (IndexInputException e) {
			throw RuleViolationException.badInput(e.getMessageKey(), e.getArguments());
		}
	}
}
