package id.spbe.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How page forms report refusals, the same way everywhere: a typed value that does not parse
 * becomes an error on its field, a rule's refusal ({@link RuleViolationException}) an error of the
 * whole form, both resolved from the message bundles by {@code th:errors}. Form objects keep what
 * the user typed as text, so a refused form shows it again unchanged.
 */
public final class Forms {

	private Forms() {
	}

	/** A decimal typed in {@code field} ("2,5" or "2.5"), null when blank or malformed (then the field has an error). */
	public static BigDecimal decimal(Errors errors, String field, String typed) {
		return parse(errors, field, () -> FormValues.decimal(typed));
	}

	/** A level, value or score typed in {@code field} ("2,5" or "2.5", two decimals at most), null when blank or malformed. */
	public static BigDecimal value(Errors errors, String field, String typed) {
		return parse(errors, field, () -> FormValues.value(typed));
	}

	/** A date typed in {@code field} (YYYY-MM-DD), null when blank or malformed. */
	public static LocalDate date(Errors errors, String field, String typed) {
		return parse(errors, field, () -> FormValues.date(typed));
	}

	/** A whole number (an id, a version) sent in {@code field}, null when blank or malformed. */
	public static Long whole(Errors errors, String field, String typed) {
		return parse(errors, field, () -> FormValues.whole(typed));
	}

	/** Whole numbers ticked or typed in {@code field}; the malformed ones make a field error. */
	public static List<Integer> integers(Errors errors, String field, List<String> typed) {
		List<Integer> values = parse(errors, field, () -> FormValues.integers(typed));
		return values == null ? List.of() : values;
	}

	/** One of an enum's names chosen in {@code field}, null when blank or unknown. */
	public static <E extends Enum<E>> E choice(Errors errors, String field, Class<E> type, String typed) {
		return parse(errors, field, () -> FormValues.choice(type, typed));
	}

	/** Records a rule's refusal as an error of the whole form. */
	public static void reject(Errors errors, RuleViolationException refusal) {
		errors.reject(refusal.getMessageKey(), refusal.getArguments(), refusal.getMessageKey());
	}

	/**
	 * Keeps a refused form and its errors for the page the user is sent back to, so that page
	 * shows the errors beside what was typed.
	 *
	 * @param name the form's model attribute name, as the page's {@code th:object} uses it
	 */
	public static void keep(RedirectAttributes redirect, String name, Object form, BindingResult binding) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, binding);
	}

	/** Adds a fresh form to the page's model unless a refused one came back with its errors after a redirect. */
	public static void fresh(Model model, String name, Supplier<?> form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form.get());
		}
	}

	/** As {@link #keep}, when the form has errors. */
	public static void keepIfRefused(RedirectAttributes redirect, String name, Object form, BindingResult binding) {
		if (binding.hasErrors()) {
			keep(redirect, name, form, binding);
		}
	}

	private static <T> T parse(Errors errors, String field, Supplier<T> parser) {
		try {
			return parser.get();
		}
		catch (RuleViolationException e) {
			errors.rejectValue(field, e.getMessageKey(), e.getArguments(), e.getMessageKey());
			return null;
		}
	}
}
