package id.spbe.instrument;

import id.spbe.common.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The index of docs/domain.md section 4, for any instrument: aspect, domain and overall index are
 * {@code sum(w_i * v_i) / sum(w_i)} over their indicators, with exact decimals. Indices are shown
 * on the instrument scale (1.00-5.00 for SPBE and Pemdi) rounded half-up to two decimals, and the
 * predikat is taken from the rounded value, so a shown 2.60 is never called Cukup.
 *
 * <p>Source: PermenPANRB 59/2020 Lampiran I (Indeks SPBE); PermenPANRB 8/2026 (Indeks Pemdi).
 * Pure code: no I/O, no state.
 */
public final class IndexCalculator {

	/** Decimals kept when a weighted mean does not terminate; truncated so that half-up display stays exact. */
	private static final int EXACT_SCALE = 20;
	private static final int DISPLAY_SCALE = 2;

	private IndexCalculator() {
	}

	/**
	 * Computes the index of {@code instrument} for the given values.
	 *
	 * @param instrument the instrument version
	 * @param values     indicator number -> value; indicators missing from the map are unscored
	 * @return the complete index, or completeness ("41 of 47 scored") when any value is missing
	 * @throws IndexInputException for an unknown indicator, a value with more digits than
	 *                             {@link Numbers#isBounded} allows, a value outside the scale, a
	 *                             fraction on an instrument with whole levels, or more than two decimals
	 */
	public static IndexResult compute(InstrumentDefinition instrument, Map<Integer, BigDecimal> values) {
		List<InstrumentDefinition.Indicator> indicators = validated(instrument, values);
		List<Integer> missing = indicators.stream().map(InstrumentDefinition.Indicator::number)
				.filter(n -> values.get(n) == null).toList();
		if (!missing.isEmpty()) {
			return IndexResult.incomplete(indicators.size() - missing.size(), indicators.size(), missing);
		}
		BigDecimal overallExact = weightedMean(indicators, values);
		BigDecimal overall = display(overallExact);
		Map<String, BigDecimal> domains = new LinkedHashMap<>();
		for (InstrumentDefinition.Domain domain : instrument.domains()) {
			List<InstrumentDefinition.Indicator> ofDomain = domain.aspects().stream()
					.flatMap(a -> a.indicators().stream()).toList();
			domains.put(domain.code(), display(weightedMean(ofDomain, values)));
		}
		Map<String, BigDecimal> aspects = new LinkedHashMap<>();
		for (InstrumentDefinition.Aspect aspect : instrument.allAspects()) {
			aspects.put(aspect.code(), display(weightedMean(aspect.indicators(), values)));
		}
		return new IndexResult(true, indicators.size(), indicators.size(), overallExact, overall,
				predikat(instrument, overall), domains, aspects, List.of());
	}

	/**
	 * The exact overall index ({@link IndexResult#overallExact}) for each of several changes of one
	 * value, each change alone: the results page's gains raise every indicator by one level in turn.
	 * The values are checked once rather than once per change (47 changes of 47 values for SPBE),
	 * and neither domains nor aspects are computed.
	 *
	 * @param values  a value for every indicator
	 * @param changes indicator number -> its value in that variation
	 * @return indicator number -> the exact overall index with that change alone, in the order of
	 *         {@code changes}; empty when any indicator has no value
	 * @throws IndexInputException as {@link #compute}, for the values and the changes
	 */
	public static Optional<Map<Integer, BigDecimal>> overallExactEach(InstrumentDefinition instrument,
			Map<Integer, BigDecimal> values, Map<Integer, BigDecimal> changes) {
		List<InstrumentDefinition.Indicator> indicators = validated(instrument, values);
		validated(instrument, changes);
		if (indicators.stream().anyMatch(i -> values.get(i.number()) == null)
				|| changes.values().stream().anyMatch(v -> v == null)) {
			return Optional.empty();
		}
		Map<Integer, BigDecimal> overall = new LinkedHashMap<>();
		changes.forEach((number, value) -> overall.put(number,
				weightedMean(indicators, n -> n == number.intValue() ? value : values.get(n))));
		return Optional.of(overall);
	}

	/** The instrument's indicators, once every value is checked (the numbers looked up once, not per value). */
	private static List<InstrumentDefinition.Indicator> validated(InstrumentDefinition instrument,
			Map<Integer, BigDecimal> values) {
		List<InstrumentDefinition.Indicator> indicators = instrument.allIndicators();
		Set<Integer> known = new HashSet<>();
		indicators.forEach(i -> known.add(i.number()));
		values.forEach((number, value) -> validate(instrument, known, number, value));
		return indicators;
	}

	/**
	 * The predikat band holding an index as displayed (two decimals): {@code min <= index < max},
	 * the top band also holding the scale maximum.
	 *
	 * @throws IllegalArgumentException when the index lies outside every band
	 */
	public static InstrumentDefinition.Band predikat(InstrumentDefinition instrument, BigDecimal displayedIndex) {
		for (InstrumentDefinition.Band band : instrument.bands()) {
			boolean aboveMin = displayedIndex.compareTo(band.min()) >= 0;
			boolean belowMax = displayedIndex.compareTo(band.max()) < 0
					|| (band.max().compareTo(instrument.scaleMax()) == 0 && displayedIndex.compareTo(band.max()) == 0);
			if (aboveMin && belowMax) {
				return band;
			}
		}
		throw new IllegalArgumentException("No predikat band holds " + displayedIndex + " in " + instrument.code());
	}

	/** Rounds an index for display: two decimals, half-up. */
	public static BigDecimal display(BigDecimal exact) {
		return exact.setScale(DISPLAY_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal weightedMean(Collection<InstrumentDefinition.Indicator> indicators,
			Map<Integer, BigDecimal> values) {
		return weightedMean(indicators, values::get);
	}

	private static BigDecimal weightedMean(Collection<InstrumentDefinition.Indicator> indicators,
			IntFunction<BigDecimal> valueOf) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (InstrumentDefinition.Indicator indicator : indicators) {
			weighted = weighted.add(indicator.weight().multiply(valueOf.apply(indicator.number())));
			weights = weights.add(indicator.weight());
		}
		try {
			return weighted.divide(weights);
		}
		catch (ArithmeticException nonTerminating) {
			return weighted.divide(weights, EXACT_SCALE, RoundingMode.DOWN);
		}
	}

	/**
	 * A value as shown in a message: plain when short, else abbreviated, so that a value like
	 * 1e100000000 never turns into a megabyte of digits.
	 */
	static String shown(BigDecimal value) {
		if (value.precision() <= 30 && Math.abs(value.scale()) <= 30) {
			return value.toPlainString();
		}
		return value.round(new java.math.MathContext(6)).toString();
	}

	/** A user-supplied text shortened to 40 characters for a message. */
	static String shorten(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

	/**
	 * Checks one value against the instrument: known indicator, at most {@link Numbers#MAX_DIGITS}
	 * digits, on the scale, whole where the instrument takes whole levels, at most two decimals.
	 * Null (no value) passes. The refusal carries the numbers themselves as message arguments, so
	 * that the message writes them in the reader's language ("nilai 2,5", "value 2.5").
	 *
	 * @throws IndexInputException naming the indicator and the rule
	 */
	public static void checkValue(InstrumentDefinition instrument, int number, BigDecimal value) {
		validate(instrument, instrument.indicator(number).isPresent() ? Set.of(number) : Set.of(), number, value);
	}

	private static void validate(InstrumentDefinition instrument, Set<Integer> known, Integer number, BigDecimal value) {
		if (number == null || !known.contains(number)) {
			throw new IndexInputException("index.error.unknownIndicator",
					"Unknown indicator " + number + " in instrument " + instrument.code(), number, instrument.code());
		}
		if (value == null) {
			return;
		}
		// refused before any comparison or stripping, which cost time quadratic in the digits
		if (!Numbers.isBounded(value)) {
			throw new IndexInputException("index.error.tooManyDigits",
					"Indicator " + number + ": value has more than " + Numbers.MAX_DIGITS + " digits or decimals",
					number, Numbers.MAX_DIGITS);
		}
		if (value.compareTo(instrument.scaleMin()) < 0 || value.compareTo(instrument.scaleMax()) > 0) {
			throw new IndexInputException("index.error.outOfScale",
					"Indicator " + number + ": value " + shown(value) + " is outside the scale "
							+ instrument.scaleMin().toPlainString() + "-" + instrument.scaleMax().toPlainString(),
					number, value, instrument.scaleMin(), instrument.scaleMax());
		}
		BigDecimal stripped = value.stripTrailingZeros();
		if (!instrument.fractionalValues() && stripped.scale() > 0) {
			throw new IndexInputException("index.error.fractionNotAllowed",
					"Indicator " + number + ": value " + shown(value) + " must be a whole level",
					number, value);
		}
		if (stripped.scale() > DISPLAY_SCALE) {
			throw new IndexInputException("index.error.tooManyDecimals",
					"Indicator " + number + ": value " + shown(value) + " has more than two decimals",
					number, value);
		}
	}
}
