package id.spbe.web;

import id.spbe.common.Decimals;
import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Values and indices in the reader's language, for Spring's conversion service: templates print
 * {@code ${{value}}} as "2,46" in Indonesian and "2.46" in English ({@link Decimals#show}). Reading
 * accepts both separators whatever the language ({@link Numbers#decimal}), so a bound
 * {@code BigDecimal} field or parameter takes what it took before plus the decimal comma. JSON is
 * not affected: Jackson writes and reads numbers itself, with a point.
 */
class DecimalFormatter implements Formatter<BigDecimal> {

	@Override
	public String print(BigDecimal value, Locale locale) {
		return Decimals.show(value, locale);
	}

	@Override
	public BigDecimal parse(String text, Locale locale) throws ParseException {
		try {
			return Numbers.decimal(text);
		}
		catch (RuleViolationException e) {
			throw new ParseException(e.getMessageKey(), 0);
		}
	}
}
