package id.spbe.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one bound on every number a user gives (page forms, API bodies, Excel cells), checked before
 * the number is parsed or used: arithmetic on a number of a million digits takes minutes (a
 * quadratic {@code stripTrailingZeros}), and that inside a write holding an evaluation's row lock
 * once froze the service. A level needs one digit and two decimals, an id or a version a few
 * digits, so the bounds refuse nothing a person means.
 */
public final class Numbers {

	/** Longest decimal accepted as typed, in characters after trimming (sign and point included). */
	public static final int MAX_LENGTH = 20;
	/** Most significant digits, and most decimal places either way, of a decimal given as a number (JSON). */
	public static final int MAX_DIGITS = 20;
	/** Most digits of a whole number (an id, a version, an indicator number). */
	public static final int MAX_WHOLE_DIGITS = 9;
	/** Most decimal places of a level, value or score a person types (the instruments' two). */
	public static final int MAX_VALUE_DECIMALS = 2;
	/** Message key of a value that is no number at all (as opposed to one over the bounds). */
	public static final String NOT_A_NUMBER = "form.error.number";

	/** Bits of the smallest unscaled value with more than {@link #MAX_DIGITS} digits: 10^20 needs 67 bits. */
	private static final int MAX_BITS = 67;
	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)");
	private static final Pattern PLAIN_WHOLE = Pattern.compile("[+-]?[0-9]+");

	private Numbers() {
	}

	/**
	 * A typed decimal such as "3", "2.5" or "2,5" (Indonesian comma), in plain notation; null when
	 * blank. The length is checked before anything else, so a refused value costs no arithmetic.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.numberTooLong" when longer than
	 *                                {@link #MAX_LENGTH} characters or written with an exponent,
	 *                                "form.error.number" when it is no number at all
	 */
	public static BigDecimal decimal(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String t = typed.strip();
		if (t.length() > MAX_LENGTH) {
			throw tooLong(t);
		}
		if (!PLAIN_DECIMAL.matcher(t).matches()) {
			throw isExponent(t) ? tooLong(t) : RuleViolationException.badInput(NOT_A_NUMBER, FormValues.echo(t));
		}
		return new BigDecimal(t.replace(',', '.'));
	}

	/**
	 * A typed level, value or score: {@link #decimal} ("2,5" or "2.5") with at most
	 * {@link #MAX_VALUE_DECIMALS} decimals, so that "2,555" is refused as typed, on its field.
	 *
	 * @throws RuleViolationException BAD_INPUT as {@link #decimal}, or "form.error.valueDecimals"
	 *                                with the typed text and the most decimals
	 */
	public static BigDecimal value(String typed) {
		BigDecimal value = decimal(typed);
		if (value != null && value.stripTrailingZeros().scale() > MAX_VALUE_DECIMALS) {
			throw RuleViolationException.badInput("form.error.valueDecimals", FormValues.echo(typed.strip()),
					MAX_VALUE_DECIMALS);
		}
		return value;
	}

	/**
	 * A typed whole number of at most {@link #MAX_WHOLE_DIGITS} digits; null when blank.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.wholeTooLong" when it has more digits,
	 *                                "form.error.number" when it is no whole number
	 */
	public static Long whole(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String t = typed.strip();
		if (!PLAIN_WHOLE.matcher(t).matches()) {
			throw RuleViolationException.badInput(NOT_A_NUMBER, FormValues.echo(t));
		}
		int digits = t.length() - (Character.isDigit(t.charAt(0)) ? 0 : 1);
		if (digits > MAX_WHOLE_DIGITS) {
			throw RuleViolationException.badInput("form.error.wholeTooLong", FormValues.echo(t), MAX_WHOLE_DIGITS);
		}
		return Long.valueOf(t);
	}

	/**
	 * A number already parsed (a JSON number), refused like a typed one that is too long: more
	 * than {@link #MAX_DIGITS} significant digits or decimal places. Null passes.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.numberTooLong"
	 */
	public static BigDecimal bounded(BigDecimal value) {
		if (value != null && !isBounded(value)) {
			// toString of a huge value would itself cost time: show it only when it is short
			throw tooLong(value.unscaledValue().bitLength() <= 1000 && Math.abs(value.scale()) <= 1000
					? value.toString() : "…");
		}
		return value;
	}

	/**
	 * Whether a value has at most {@link #MAX_DIGITS} significant digits and decimal places; decided
	 * from the scale and the bit length first, so that a huge value is refused without arithmetic.
	 */
	public static boolean isBounded(BigDecimal value) {
		return Math.abs((long) value.scale()) <= MAX_DIGITS && value.unscaledValue().bitLength() <= MAX_BITS
				&& value.precision() <= MAX_DIGITS;
	}

	private static boolean isExponent(String t) {
		int e = Math.max(t.indexOf('e'), t.indexOf('E'));
		return e > 0 && PLAIN_DECIMAL.matcher(t.substring(0, e)).matches()
				&& PLAIN_WHOLE.matcher(t.substring(e + 1)).matches();
	}

	private static RuleViolationException tooLong(String shown) {
		return RuleViolationException.badInput("form.error.numberTooLong", FormValues.echo(shown), MAX_LENGTH);
	}
}
