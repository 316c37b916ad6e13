package id.spbe.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one bound on typed and parsed numbers: what a person means passes, anything longer is refused unparsed. */
class NumbersTest {

	private static final String MILLION_ZEROS = "3." + "0".repeat(1_000_000);

	private static void refused(Runnable parse, String key) {
		assertThatThrownBy(parse::run).isInstanceOf(RuleViolationException.class).hasMessage(key)
				.satisfies(e -> assertThat(((RuleViolationException) e).getKind()).isEqualTo(RuleViolationException.Kind.BAD_INPUT));
	}

	@Test
	void levelsAsPeopleTypeThemPass() {
		assertThat(Numbers.decimal("3")).isEqualByComparingTo("3");
		assertThat(Numbers.decimal(" 2,5 ")).isEqualByComparingTo("2.5");
		assertThat(Numbers.decimal("2.50")).isEqualByComparingTo("2.5");
		assertThat(Numbers.decimal("3.")).isEqualByComparingTo("3");
		assertThat(Numbers.decimal("-1")).isEqualByComparingTo("-1");
		assertThat(Numbers.decimal("1234567890.123456789")).isEqualByComparingTo("1234567890.123456789");
		assertThat(Numbers.decimal("  ")).isNull();
		assertThat(Numbers.decimal(null)).isNull();
	}

	@Test
	void aDecimalLongerThanTheBoundOrWithAnExponentIsRefusedAsTooLong() {
		refused(() -> Numbers.decimal(MILLION_ZEROS), "form.error.numberTooLong");
		refused(() -> Numbers.decimal("1234567890.1234567890"), "form.error.numberTooLong");
		refused(() -> Numbers.decimal("3e0"), "form.error.numberTooLong");
		refused(() -> Numbers.decimal("1E+100000000"), "form.error.numberTooLong");
		refused(() -> Numbers.decimal("2,5e-1"), "form.error.numberTooLong");
		assertThatThrownBy(() -> Numbers.decimal(MILLION_ZEROS)).satisfies(e -> assertThat(
				((RuleViolationException) e).getArguments()).containsExactly(FormValues.echo(MILLION_ZEROS), Numbers.MAX_LENGTH));
	}

	@Test
	void whatIsNoNumberStaysNoNumber() {
		for (String typed : List.of("abc", "2,5x", "1.2.3", "e5", "3 4", "٣", "0x10", "NaN", "Infinity", "+")) {
			refused(() -> Numbers.decimal(typed), Numbers.NOT_A_NUMBER);
		}
	}

	@Test
	void wholeNumbersHaveAtMostNineDigits() {
		assertThat(Numbers.whole("999999999")).isEqualTo(999_999_999L);
		assertThat(Numbers.whole(" +42 ")).isEqualTo(42L);
		assertThat(Numbers.whole("")).isNull();
		refused(() -> Numbers.whole("1234567890"), "form.error.wholeTooLong");
		refused(() -> Numbers.whole("9".repeat(100_000)), "form.error.wholeTooLong");
		refused(() -> Numbers.whole("1.0"), Numbers.NOT_A_NUMBER);
		refused(() -> Numbers.whole("1e3"), Numbers.NOT_A_NUMBER);
		refused(() -> FormValues.integers(List.of("3", "99999999999")), "form.error.wholeTooLong");
		assertThat(FormValues.integers(List.of("3", " 12 "))).containsExactly(3, 12);
	}

	@Test
	void aParsedNumberIsBoundedByItsDigitsAndDecimalsWithoutArithmetic() {
		assertThat(Numbers.bounded(new BigDecimal("3.00"))).isEqualByComparingTo("3");
		assertThat(Numbers.bounded(null)).isNull();
		assertThat(Numbers.isBounded(new BigDecimal("12345678901234567890"))).isTrue();
		assertThat(Numbers.isBounded(new BigDecimal("123456789012345678901"))).isFalse();
		assertThat(Numbers.isBounded(new BigDecimal("3." + "0".repeat(20)))).isFalse();
		assertThat(Numbers.isBounded(new BigDecimal("1E+21"))).isFalse();
		assertThat(Numbers.isBounded(new BigDecimal("1E-400"))).isFalse();
		assertThat(Numbers.isBounded(new BigDecimal("3.0000000000000000000"))).isTrue();
		// built by scaling: parsing a million digits would itself take seconds
		refused(() -> Numbers.bounded(new BigDecimal(3).setScale(1_000_000)), "form.error.numberTooLong");
		refused(() -> Numbers.bounded(new BigDecimal("1E+100000000")), "form.error.numberTooLong");
	}
}
