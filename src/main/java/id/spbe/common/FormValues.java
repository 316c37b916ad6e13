package id.spbe.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads typed form values (always text) into numbers, dates and choices, refusing a malformed one
 * with a message that names it, so that a page can show the refusal beside what was typed
 * instead of a bare "bad request". A blank value reads as null.
 */
public final class FormValues {

	/** Longest piece of a typed value repeated in a message. */
	static final int ECHO = 60;

	private FormValues() {
	}

	/**
	 * A decimal such as "3", "2.5" or "2,5" (Indonesian comma), within {@link Numbers}' bounds.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.number", or "form.error.numberTooLong"
	 *                                for a value too long or with an exponent
	 */
	public static BigDecimal decimal(String typed) {
		return Numbers.decimal(typed);
	}

	/**
	 * A level, value or score typed by a person: "2,5" or "2.5", at most two decimals
	 * ({@link Numbers#value}).
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.number", "form.error.numberTooLong" or
	 *                                "form.error.valueDecimals"
	 */
	public static BigDecimal value(String typed) {
		return Numbers.value(typed);
	}

	/**
	 * A date written YYYY-MM-DD (what date inputs send).
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.date"
	 */
	public static LocalDate date(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(typed.strip());
		}
		catch (DateTimeParseException e) {
			throw RuleViolationException.badInput("form.error.date", echo(typed));
		}
	}

	/**
	 * A whole number such as an id or a version sent by a form, within {@link Numbers}' bounds.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.number", or "form.error.wholeTooLong"
	 */
	public static Long whole(String typed) {
		return Numbers.whole(typed);
	}

	/**
	 * Whole numbers, e.g. the ticked indicator numbers; a blank one is no number.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.number", or "form.error.wholeTooLong"
	 */
	public static List<Integer> integers(List<String> typed) {
		List<Integer> out = new ArrayList<>();
		if (typed != null) {
			for (String t : typed) {
				Long n = Numbers.whole(t);
				if (n == null) {
					throw RuleViolationException.badInput(Numbers.NOT_A_NUMBER, echo(t));
				}
				out.add(n.intValue());
			}
		}
		return out;
	}

	/**
	 * One of an enum's names, or null when blank.
	 *
	 * @throws RuleViolationException BAD_INPUT "form.error.choice"
	 */
	public static <E extends Enum<E>> E choice(Class<E> type, String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, typed.strip());
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.badInput("form.error.choice", echo(typed));
		}
	}

	/** A typed value shortened for repeating in a message. */
	public static String echo(String typed) {
		String t = Texts.clean(typed == null ? "" : typed);
		return t.length() > ECHO ? t.substring(0, ECHO) + "…" : t;
	}
}
