package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

/**
 * The formatter as Spring's conversion service uses it: printing follows the reader's language;
 * binding a typed decimal still takes what it took (a point) and now the decimal comma too, and a
 * malformed one fails as a conversion (a binding error on its field), not as a server error.
 */
class DecimalFormatterTest {

	private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

	DecimalFormatterTest() {
		conversion.addFormatter(new DecimalFormatter());
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void printsInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("id"));
		assertThat(conversion.convert(new BigDecimal("2.46"), String.class)).isEqualTo("2,46");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(conversion.convert(new BigDecimal("2.46"), String.class)).isEqualTo("2.46");
	}

	@Test
	void bindsAPointOrACommaInEitherLanguageAndRefusesTheRest() {
		for (Locale l : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
			LocaleContextHolder.setLocale(l);
			assertThat(conversion.convert("2.5", BigDecimal.class)).isEqualByComparingTo("2.5");
			assertThat(conversion.convert("2,5", BigDecimal.class)).isEqualByComparingTo("2.5");
			assertThat(conversion.convert("", BigDecimal.class)).isNull();
			assertThatThrownBy(() -> conversion.convert("2.5.1", BigDecimal.class)).isInstanceOf(ConversionFailedException.class);
			assertThatThrownBy(() -> conversion.convert("1e400000000", BigDecimal.class))
					.isInstanceOf(ConversionFailedException.class);
		}
	}
}
