package id.spbe.results;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.instrument.InstrumentDefinition;
import id.spbe.instrument.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The what-if rows as the page prints them, in both languages, with what was typed kept. */
class ResultLinesTest {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final InstrumentDefinition.Indicator indicator = new InstrumentDefinition.Indicator(42,
			new Text("Layanan Pengaduan", "Public Complaints"), new BigDecimal("2.5"), null, null, null, null, null,
			null, null);
	private final Gain gain = new Gain(indicator, new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("2.90"),
			new BigDecimal("0.02987"), new InstrumentDefinition.Band("Baik", "Good", new BigDecimal("2.6"),
					new BigDecimal("3.5")));

	@Test
	void writesTheRowInTheReadersLanguage() {
		ResultLines.GainLine id = ResultLines.gains(List.of(gain), Map.of(42, "3,5"),
				"Level target indikator {0}", INDONESIAN).get(0);
		assertThat(id).isEqualTo(new ResultLines.GainLine(42, "42. Layanan Pengaduan", "2", "3", "+0,030",
				"2,90 · Baik", "3,5", "Level target indikator 42"));

		ResultLines.GainLine en = ResultLines.gains(List.of(gain), Map.of(), "Target level of indicator {0}",
				Locale.ENGLISH).get(0);
		assertThat(en).isEqualTo(new ResultLines.GainLine(42, "42. Public Complaints", "2", "3", "+0.030",
				"2.90 · Good", null, "Target level of indicator 42"));
	}
}
