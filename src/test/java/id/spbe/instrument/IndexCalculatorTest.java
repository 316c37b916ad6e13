package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndexCalculatorTest {

	private static final InstrumentDefinition SPBE = BundledInstruments.spbe2020();
	private static final InstrumentDefinition PEMDI = BundledInstruments.pemdi2026();

	private static Map<Integer, BigDecimal> values(InstrumentDefinition instrument, IntFunction<String> valueOf) {
		Map<Integer, BigDecimal> values = new HashMap<>();
		instrument.allIndicators().forEach(i -> values.put(i.number(), new BigDecimal(valueOf.apply(i.number()))));
		return values;
	}

	@Test
	void allSpbeIndicatorsAtLevelThreeGiveExactlyThreeBaik() {
		IndexResult result = IndexCalculator.compute(SPBE, values(SPBE, n -> "3"));

		assertThat(result.complete()).isTrue();
		assertThat(result.overallExact()).isEqualByComparingTo("3");
		assertThat(result.overall()).hasToString("3.00");
		assertThat(result.predikat().predikat()).isEqualTo("Baik");
		assertThat(result.domains()).containsOnlyKeys("D1", "D2", "D3", "D4");
		assertThat(result.aspects()).hasSize(8).allSatisfy((code, index) -> assertThat(index).hasToString("3.00"));
	}

	@Test
	void domainOneAtFiveAndTheRestAtOneGivesOnePointFiftyTwoKurang() {
		IndexResult result = IndexCalculator.compute(SPBE, values(SPBE, n -> n <= 10 ? "5" : "1"));

		assertThat(result.overall()).hasToString("1.52");
		assertThat(result.overallExact()).isEqualByComparingTo("1.52");
		assertThat(result.predikat().predikat()).isEqualTo("Kurang");
		assertThat(result.domains()).containsEntry("D1", new BigDecimal("5.00")).containsEntry("D2", new BigDecimal("1.00"))
				.containsEntry("D3", new BigDecimal("1.00")).containsEntry("D4", new BigDecimal("1.00"));
		assertThat(result.aspects()).containsEntry("A1", new BigDecimal("5.00")).containsEntry("A8", new BigDecimal("1.00"));
	}

	@Test
	void predikatComesFromTheDisplayedIndexSoTwoPointSixIsBaik() {
		// Indicators 42-47 at 1, 21-23 at 2, the rest at 3: exact index 2.595, shown 2.60.
		IndexResult result = IndexCalculator.compute(SPBE,
				values(SPBE, n -> n >= 42 ? "1" : (n >= 21 && n <= 23 ? "2" : "3")));

		assertThat(result.overallExact()).isEqualByComparingTo("2.595");
		assertThat(result.overall()).hasToString("2.60");
		assertThat(result.predikat().predikat()).isEqualTo("Baik");
	}

	@Test
	void pemdiPredikatAlsoComesFromTheDisplayedIndex() {
		// All at 2.5 except indicator 1 (weight 5) at 2.4: exact 2.495, shown 2.50, Baik not Cukup.
		IndexResult result = IndexCalculator.compute(PEMDI, values(PEMDI, n -> n == 1 ? "2.4" : "2.5"));

		assertThat(result.overallExact()).isEqualByComparingTo("2.495");
		assertThat(result.overall()).hasToString("2.50");
		assertThat(result.predikat().predikat()).isEqualTo("Baik");
		assertThat(result.domains()).isEmpty();
		assertThat(result.aspects()).hasSize(7);
	}

	@ParameterizedTest
	@CsvSource({ "1.00,Kurang", "1.49,Kurang", "1.50,Cukup", "2.49,Cukup", "2.50,Baik", "3.49,Baik", "3.50,Sangat Baik",
			"3.99,Sangat Baik", "4.00,Memuaskan", "5.00,Memuaskan" })
	void pemdiBands(String value, String predikat) {
		assertThat(IndexCalculator.compute(PEMDI, values(PEMDI, n -> value)).predikat().predikat()).isEqualTo(predikat);
	}

	@ParameterizedTest
	@CsvSource({ "1.00,Kurang", "1.79,Kurang", "1.80,Cukup", "2.59,Cukup", "2.60,Baik", "3.49,Baik", "3.50,Sangat Baik",
			"4.19,Sangat Baik", "4.20,Memuaskan", "5.00,Memuaskan" })
	void spbeBands(String index, String predikat) {
		assertThat(IndexCalculator.predikat(SPBE, new BigDecimal(index)).predikat()).isEqualTo(predikat);
	}

	@Test
	void aspectIndexThatDoesNotTerminateIsRoundedHalfUpFromItsExactValue() {
		// A6 (29-31, weight 1.5 each): 5, 5, 4 give 14/3 = 4.666..., shown 4.67.
		IndexResult result = IndexCalculator.compute(SPBE,
				values(SPBE, n -> n == 29 || n == 30 ? "5" : (n == 31 ? "4" : "3")));

		assertThat(result.aspects()).containsEntry("A6", new BigDecimal("4.67"));
	}

	@Test
	void missingValuesGiveCompletenessAndNoIndex() {
		Map<Integer, BigDecimal> values = values(SPBE, n -> "3");
		values.remove(12);
		values.remove(40);

		IndexResult result = IndexCalculator.compute(SPBE, values);

		assertThat(result.complete()).isFalse();
		assertThat(result.scored()).isEqualTo(45);
		assertThat(result.total()).isEqualTo(47);
		assertThat(result.overall()).isNull();
		assertThat(result.predikat()).isNull();
		assertThat(result.aspects()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void everySpbeIndicatorAtOneLevelGivesThatLevelEverywhere(int level) {
		IndexResult result = IndexCalculator.compute(SPBE, values(SPBE, n -> String.valueOf(level)));

		BigDecimal expected = BigDecimal.valueOf(level).setScale(2);
		assertThat(result.overallExact()).isEqualByComparingTo(expected);
		assertThat(result.domains().values()).allSatisfy(v -> assertThat(v).isEqualTo(expected));
		assertThat(result.aspects().values()).allSatisfy(v -> assertThat(v).isEqualTo(expected));
	}

	@Test
	void everyPemdiIndicatorAtOneValueGivesThatValueEverywhere() {
		Random random = new Random(20260601);
		for (int run = 0; run < 200; run++) {
			String value = BigDecimal.valueOf(100 + random.nextInt(401), 2).toPlainString();
			IndexResult result = IndexCalculator.compute(PEMDI, values(PEMDI, n -> value));

			assertThat(result.overallExact()).isEqualByComparingTo(value);
			assertThat(result.overall()).isEqualByComparingTo(value);
			assertThat(result.aspects().values()).allSatisfy(v -> assertThat(v).isEqualByComparingTo(value));
		}
	}

	@Test
	void raisingOneIndicatorNeverLowersAnyIndex() {
		Random random = new Random(592020);
		for (InstrumentDefinition instrument : new InstrumentDefinition[] { SPBE, PEMDI }) {
			for (int run = 0; run < 100; run++) {
				Map<Integer, BigDecimal> values = values(instrument, n -> randomValue(instrument, random));
				IndexResult before = IndexCalculator.compute(instrument, values);
				int raised = instrument.allIndicators().get(random.nextInt(instrument.allIndicators().size())).number();
				Map<Integer, BigDecimal> higher = new HashMap<>(values);
				higher.put(raised, values.get(raised).add(instrument.fractionalValues() ? new BigDecimal("0.01") : BigDecimal.ONE)
						.min(instrument.scaleMax()));

				IndexResult after = IndexCalculator.compute(instrument, higher);

				assertThat(after.overallExact()).isGreaterThanOrEqualTo(before.overallExact());
				before.domains().forEach((code, v) -> assertThat(after.domains().get(code)).isGreaterThanOrEqualTo(v));
				before.aspects().forEach((code, v) -> assertThat(after.aspects().get(code)).isGreaterThanOrEqualTo(v));
			}
		}
	}

	@Test
	void indexIsTheWeightedMeanRecomputedIndependently() {
		Random random = new Random(7);
		for (int run = 0; run < 50; run++) {
			Map<Integer, BigDecimal> values = values(PEMDI, n -> randomValue(PEMDI, random));
			BigDecimal weighted = PEMDI.allIndicators().stream().map(i -> i.weight().multiply(values.get(i.number())))
					.reduce(BigDecimal.ZERO, BigDecimal::add);

			IndexResult result = IndexCalculator.compute(PEMDI, values);

			// Pemdi weights sum to 100, so the mean terminates.
			assertThat(result.overallExact()).isEqualByComparingTo(weighted.divide(new BigDecimal("100")));
			assertThat(result.overall()).isEqualTo(weighted.divide(new BigDecimal("100")).setScale(2, RoundingMode.HALF_UP));
		}
	}

	private static String randomValue(InstrumentDefinition instrument, Random random) {
		if (instrument.fractionalValues()) {
			return BigDecimal.valueOf(100 + random.nextInt(400), 2).toPlainString();
		}
		return String.valueOf(1 + random.nextInt(5));
	}

	@Test
	void rejectsUnknownIndicator() {
		assertThatThrownBy(() -> IndexCalculator.compute(SPBE, Map.of(48, BigDecimal.ONE)))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("Unknown indicator 48")
				.extracting(e -> ((IndexInputException) e).getMessageKey()).isEqualTo("index.error.unknownIndicator");
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "0.99", "5.01", "6", "-1" })
	void rejectsValuesOutsideTheScale(String value) {
		assertThatThrownBy(() -> IndexCalculator.compute(PEMDI, Map.of(3, new BigDecimal(value))))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("Indicator 3")
				.hasMessageContaining("outside the scale");
	}

	@Test
	void rejectsAFractionWhereTheInstrumentTakesWholeLevels() {
		assertThatThrownBy(() -> IndexCalculator.compute(SPBE, Map.of(2, new BigDecimal("4.5"))))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("Indicator 2").hasMessageContaining("whole level");
	}

	@Test
	void acceptsWholeLevelsWrittenWithZeroDecimals() {
		IndexResult result = IndexCalculator.compute(SPBE, Map.of(2, new BigDecimal("4.00")));

		assertThat(result.scored()).isEqualTo(1);
	}

	@Test
	void acceptsPemdiValuesWithTwoDecimalsAndRejectsThree() {
		assertThat(IndexCalculator.compute(PEMDI, Map.of(1, new BigDecimal("1.26"), 2, new BigDecimal("2.5"))).scored())
				.isEqualTo(2);
		assertThatThrownBy(() -> IndexCalculator.compute(PEMDI, Map.of(1, new BigDecimal("1.265"))))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("more than two decimals");
	}

	/** A value with a million zeros once took minutes in stripTrailingZeros; it is refused on its size alone. */
	@ParameterizedTest
	@ValueSource(ints = { 21, 1_000_000 })
	void rejectsAValueWithMoreDigitsThanTheBoundBeforeAnyArithmetic(int zeros) {
		BigDecimal threeAndZeros = new BigDecimal(3).setScale(zeros);
		assertThatThrownBy(() -> IndexCalculator.checkValue(PEMDI, 1, threeAndZeros))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("Indicator 1")
				.extracting(e -> ((IndexInputException) e).getMessageKey()).isEqualTo("index.error.tooManyDigits");
		assertThatThrownBy(() -> IndexCalculator.compute(SPBE, Map.of(2, new BigDecimal("1E+100000000"))))
				.extracting(e -> ((IndexInputException) e).getMessageKey()).isEqualTo("index.error.tooManyDigits");
	}

	@Test
	void eachChangesOverallIsTheFullComputationsExactOverall() {
		Random random = new Random(14);
		for (InstrumentDefinition instrument : java.util.List.of(SPBE, PEMDI)) {
			for (int round = 0; round < 20; round++) {
				Map<Integer, BigDecimal> values = values(instrument, n -> String.valueOf(1 + random.nextInt(5)));
				Map<Integer, BigDecimal> changes = new java.util.LinkedHashMap<>();
				instrument.allIndicators().forEach(i -> changes.put(i.number(), new BigDecimal(1 + random.nextInt(5))));
				Map<Integer, BigDecimal> each = IndexCalculator.overallExactEach(instrument, values, changes).orElseThrow();
				assertThat(each.keySet()).containsExactlyElementsOf(changes.keySet());
				changes.forEach((number, value) -> {
					Map<Integer, BigDecimal> changed = new HashMap<>(values);
					changed.put(number, value);
					assertThat(each.get(number)).as("indicator %d to %s", number, value)
							.isEqualTo(IndexCalculator.compute(instrument, changed).overallExact());
				});
			}
		}
	}

	@Test
	void eachChangesOverallIsEmptyWhenAValueIsMissingAndRefusesWhatComputeRefuses() {
		Map<Integer, BigDecimal> values = values(SPBE, n -> "3");
		Map<Integer, BigDecimal> raise47 = Map.of(47, new BigDecimal("4"));
		values.remove(47);
		assertThat(IndexCalculator.overallExactEach(SPBE, values, Map.of(1, new BigDecimal("4")))).isEmpty();

		values.put(47, new BigDecimal("3"));
		assertThat(IndexCalculator.overallExactEach(SPBE, values, raise47)).isPresent();
		assertThatThrownBy(() -> IndexCalculator.overallExactEach(SPBE, values, Map.of(48, new BigDecimal("3"))))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("Unknown indicator 48");
		assertThatThrownBy(() -> IndexCalculator.overallExactEach(SPBE, values, Map.of(47, new BigDecimal("6"))))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("outside the scale");
		values.put(48, new BigDecimal("3"));
		assertThatThrownBy(() -> IndexCalculator.overallExactEach(SPBE, values, raise47))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("Unknown indicator 48");
		values.remove(48);
		values.put(46, new BigDecimal("6"));
		assertThatThrownBy(() -> IndexCalculator.overallExactEach(SPBE, values, raise47))
				.isInstanceOf(IndexInputException.class).hasMessageContaining("outside the scale");
	}
}
