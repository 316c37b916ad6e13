package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExternalIndexConversionTest {

	private static final InstrumentDefinition.ExternalIndex SDI = BundledInstruments.pemdi2026().indicator(5)
			.orElseThrow().externalIndex();

	@ParameterizedTest
	@CsvSource({ "0,1.00", "12.5,1.50", "25,2.00", "37.5,2.50", "50,3.00", "68.75,3.75", "75,4.00", "87.5,4.50", "100,5.00" })
	void sdiScoreConvertsLinearlyInsideItsBand(String sdi, String value) {
		assertThat(ExternalIndexConversion.toValue(SDI, new BigDecimal(sdi))).isEqualTo(new BigDecimal(value));
	}

	@Test
	void missingIndexGivesTheFloorValue() {
		assertThat(ExternalIndexConversion.toValue(SDI, null)).isEqualTo(new BigDecimal("1.00"));
		InstrumentDefinition.ExternalIndex sjig = BundledInstruments.pemdi2026().indicator(6).orElseThrow().externalIndex();
		assertThat(ExternalIndexConversion.toValue(sjig, null)).isEqualTo(new BigDecimal("1.00"));
	}

	@Test
	void scoreOutsideTheIndexRangeIsRefused() {
		assertThatThrownBy(() -> ExternalIndexConversion.toValue(SDI, new BigDecimal("100.5")))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SDI");
	}

	@Test
	void theFourExternalIndicatorsOfPemdiAreMarkedAsSuch() {
		assertThat(BundledInstruments.pemdi2026().allIndicators().stream()
				.filter(i -> i.valueSource() == ValueSource.EXTERNAL_INDEX).map(InstrumentDefinition.Indicator::number))
				.containsExactly(5, 6, 7, 18);
	}
}
