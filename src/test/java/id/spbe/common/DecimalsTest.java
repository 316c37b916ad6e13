package id.spbe.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Numbers as people in Indonesia write them: a decimal comma out, both separators in. */
class DecimalsTest {

	private static final Locale ID = Locale.forLanguageTag("id");

	@Test
	void indonesianWritesACommaEnglishAPoint() {
		assertThat(Decimals.show(new BigDecimal("2.46"), ID)).isEqualTo("2,46");
		assertThat(Decimals.show(new BigDecimal("2.50"), ID)).isEqualTo("2,50");
		assertThat(Decimals.show(new BigDecimal("2.46"), Locale.ENGLISH)).isEqualTo("2.46");
		assertThat(Decimals.level(new BigDecimal("2.50"), ID)).isEqualTo("2,5");
		assertThat(Decimals.level(new BigDecimal("3.00"), ID)).isEqualTo("3");
		assertThat(Decimals.level(new BigDecimal("2.50"), Locale.ENGLISH)).isEqualTo("2.5");
		assertThat(Decimals.show(null, ID)).isEmpty();
		assertThat(Decimals.plain(new BigDecimal("2.50"))).isEqualTo("2.5");
	}

	@Test
	void aValueTakesBothSeparatorsAndAtMostTwoDecimals() {
		assertThat(FormValues.value("2,5")).isEqualByComparingTo("2.5");
		assertThat(FormValues.value("2.5")).isEqualByComparingTo("2.5");
		assertThat(FormValues.value(" 2,46 ")).isEqualByComparingTo("2.46");
		assertThat(FormValues.value("2,500")).isEqualByComparingTo("2.5");
		assertThat(FormValues.value("")).isNull();
		assertThatThrownBy(() -> FormValues.value("2,555")).isInstanceOf(RuleViolationException.class)
				.hasMessage("form.error.valueDecimals")
				.satisfies(e -> assertThat(((RuleViolationException) e).getArguments()).containsExactly("2,555", 2));
		for (String typed : List.of("2.5.1", "tiga", "2,5,1", "1.000,5", "1,000.5")) {
			assertThatThrownBy(() -> FormValues.value(typed)).isInstanceOf(RuleViolationException.class)
					.hasMessage(Numbers.NOT_A_NUMBER);
		}
	}
}
