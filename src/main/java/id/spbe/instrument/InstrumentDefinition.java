package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One instrument version as data: the shape of the bundled YAML files
 * ({@code src/main/resources/instruments/*.yaml}), of admin import/export and of
 * {@code GET /api/instruments/{code}}.
 *
 * <p>The hierarchy is domain -> aspect -> indicator (SPBE 2020, PermenPANRB 59/2020) or, when
 * {@code domains} is empty, aspect -> indicator (Pemdi 2026, PermenPANRB 8/2026). Weights are
 * percent of the whole index; values lie on {@code scaleMin..scaleMax} (1-5 for both bundled
 * instruments), whole levels unless {@code fractionalValues}.
 *
 * @param code             stable code, e.g. {@code spbe-2020}
 * @param version          version number; a published version never changes
 * @param name             instrument name
 * @param regulation       legal source, e.g. "PermenPANRB 59/2020"
 * @param status           DRAFT, PUBLISHED or RETIRED
 * @param fractionalValues true when indicator values may have up to two decimals
 * @param scaleMin         lowest value (inclusive)
 * @param scaleMax         highest value (inclusive)
 * @param indexName        name of the resulting index, e.g. "Indeks SPBE"
 * @param sourceNote       where the content comes from and how far to trust it
 * @param scales           level scales by code (e.g. {@code process}, {@code technical-function})
 * @param bands            predikat bands, any order; together they cover the scale exactly
 * @param domains          domains with their aspects; empty for instruments without domains
 * @param aspects          aspects directly under the instrument; empty when domains are used
 */
public record InstrumentDefinition(String code, int version, Text name, String regulation, InstrumentStatus status,
		boolean fractionalValues, BigDecimal scaleMin, BigDecimal scaleMax, Text indexName, Text sourceNote,
		Map<String, Scale> scales, List<Band> bands, List<Domain> domains, List<Aspect> aspects) {

	public InstrumentDefinition {
		domains = domains == null ? List.of() : domains;
		aspects = aspects == null ? List.of() : aspects;
		bands = bands == null ? List.of() : bands;
		scales = scales == null ? Map.of() : scales;
	}

	/** A level scale: names of the whole levels, e.g. 3 = Terdefinisi / Defined. */
	public record Scale(Text name, Map<Integer, Text> levels) {
	}

	/** A predikat band: {@code min} inclusive, {@code max} exclusive except for the top band, which includes the scale maximum. */
	public record Band(String predikat, String nameEn, BigDecimal min, BigDecimal max) {

		/** The band's name in a reader's language: English for English, the predikat otherwise. */
		public String in(java.util.Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? nameEn : predikat;
		}
	}

	/** A domain (SPBE only) with its weight in percent of the index. */
	public record Domain(String code, Text name, BigDecimal weight, List<Aspect> aspects) {
		public Domain {
			aspects = aspects == null ? List.of() : aspects;
		}
	}

	/** An aspect with its weight in percent of the index. */
	public record Aspect(String code, Text name, BigDecimal weight, List<Indicator> indicators) {
		public Aspect {
			indicators = indicators == null ? List.of() : indicators;
		}
	}

	/**
	 * An indicator.
	 *
	 * @param number        indicator number, unique in the instrument (1-47 for SPBE, 1-20 for Pemdi)
	 * @param weight        percent of the whole index
	 * @param scale         code of the level scale in {@link InstrumentDefinition#scales()}
	 * @param valueSource   ASSESSED (default) or EXTERNAL_INDEX
	 * @param externalIndex the other national index for EXTERNAL_INDEX indicators
	 * @param levels        criterion and expected evidence per whole level
	 * @param evidenceItems itemised evidence per level (Pemdi), coded like {@code I1-L2-02}
	 */
	public record Indicator(int number, Text name, BigDecimal weight, String scale, Text explanation,
			Text evidenceGuidance, ValueSource valueSource, ExternalIndex externalIndex, Map<Integer, Level> levels,
			List<EvidenceItem> evidenceItems) {
		public Indicator {
			valueSource = valueSource == null ? ValueSource.ASSESSED : valueSource;
			levels = levels == null ? Map.of() : levels;
			evidenceItems = evidenceItems == null ? List.of() : evidenceItems;
		}

		/** True when the value comes from another national index (SDI, SJIG, EPSS), not from the assessors. */
		public boolean isExternal() {
			return valueSource == ValueSource.EXTERNAL_INDEX;
		}

		/** The evidence items of one level, in file order. */
		public List<EvidenceItem> evidenceItemsAt(int level) {
			return evidenceItems.stream().filter(i -> i.level() == level).toList();
		}
	}

	/** Criterion of one level and the evidence expected for it. */
	public record Level(Text criterion, Text evidenceExpected) {
	}

	/** One evidence item of a level, e.g. {@code I1-L2-02}. */
	public record EvidenceItem(String code, int level, Text description) {
	}

	/**
	 * Another national index feeding an indicator (e.g. SDI 0-100 for Pemdi I5 and I18).
	 *
	 * @param defaultValue the indicator value when the other index is missing (1.00 for Pemdi)
	 * @param conversion   bands mapping the index linearly onto the instrument scale; empty when
	 *                     the index is already on the instrument scale
	 */
	public record ExternalIndex(String code, Text name, BigDecimal min, BigDecimal max, BigDecimal defaultValue,
			List<ConversionBand> conversion) {
		public ExternalIndex {
			conversion = conversion == null ? List.of() : conversion;
		}
	}

	/** Linear map of {@code from..to} of the other index onto {@code valueFrom..valueTo}. */
	public record ConversionBand(BigDecimal from, BigDecimal to, BigDecimal valueFrom, BigDecimal valueTo) {
	}

	/** All aspects in order, whether under domains or directly under the instrument. */
	public List<Aspect> allAspects() {
		if (domains.isEmpty()) {
			return aspects;
		}
		List<Aspect> all = new ArrayList<>();
		domains.forEach(d -> all.addAll(d.aspects()));
		return all;
	}

	/** All indicators in instrument order. */
	public List<Indicator> allIndicators() {
		List<Indicator> all = new ArrayList<>();
		allAspects().forEach(a -> all.addAll(a.indicators()));
		return all;
	}

	/** The indicator with this number, if any. */
	public Optional<Indicator> indicator(int number) {
		return allIndicators().stream().filter(i -> i.number() == number).findFirst();
	}

	/** Whole levels of the scale, e.g. 1..5. */
	public List<Integer> wholeLevels() {
		List<Integer> levels = new ArrayList<>();
		for (int l = scaleMin.intValue(); l <= scaleMax.intValue(); l++) {
			levels.add(l);
		}
		return levels;
	}
}
