package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an instrument before it is stored. Each problem is one line naming the file, the place
 * (indicator, aspect, band) and the rule broken, e.g.
 * {@code spbe-2020.yaml: indicator 12: no criterion for level 3 (rule: every indicator has a criterion for each level)}.
 * The level scales and predikat bands are checked by {@link InstrumentScaleChecks}.
 */
final class InstrumentValidator {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final String file;
	private final List<String> problems = new ArrayList<>();

	private InstrumentValidator(String file) {
		this.file = file;
	}

	/** All problems of {@code definition}; empty when it may be loaded. */
	static List<String> validate(InstrumentDefinition definition, String file) {
		InstrumentValidator validator = new InstrumentValidator(file);
		validator.check(definition);
		return List.copyOf(validator.problems);
	}

	private void check(InstrumentDefinition d) {
		if (blank(d.code())) {
			problem("instrument", "code is missing", "an instrument has a code");
		}
		if (d.version() < 1) {
			problem("instrument", "version " + d.version(), "version is 1 or more");
		}
		if (d.name() == null || !d.name().isComplete()) {
			problem("instrument", "name missing in Indonesian or English", "texts exist in both languages");
		}
		if (blank(d.regulation())) {
			problem("instrument", "regulation is missing", "an instrument names its regulation");
		}
		if (d.status() == null) {
			problem("instrument", "status is missing", "status is DRAFT, PUBLISHED or RETIRED");
		}
		if (d.scaleMin() == null || d.scaleMax() == null || d.scaleMin().compareTo(d.scaleMax()) >= 0
				|| d.scaleMin().stripTrailingZeros().scale() > 0 || d.scaleMax().stripTrailingZeros().scale() > 0) {
			problem("instrument", "scale " + d.scaleMin() + "-" + d.scaleMax(), "the scale runs between two whole levels, min < max");
			return;
		}
		if (!d.domains().isEmpty() && !d.aspects().isEmpty()) {
			problem("instrument", "both domains and top-level aspects", "aspects sit either under domains or directly under the instrument");
		}
		InstrumentScaleChecks.check(d, this::problem);
		checkStructure(d);
	}

	private void checkStructure(InstrumentDefinition d) {
		List<InstrumentDefinition.Aspect> aspects = d.allAspects();
		if (aspects.isEmpty()) {
			problem("instrument", "no aspect", "an instrument has at least one aspect with indicators");
			return;
		}
		Set<String> codes = new HashSet<>();
		for (InstrumentDefinition.Domain domain : d.domains()) {
			String where = "domain " + domain.code();
			unique(codes, domain.code(), where);
			checkNamed(where, domain.name());
			List<InstrumentDefinition.Indicator> indicators = domain.aspects().stream()
					.flatMap(a -> a.indicators().stream()).toList();
			checkWeight(where, domain.weight(), indicators);
		}
		for (InstrumentDefinition.Aspect aspect : aspects) {
			String where = "aspect " + aspect.code();
			unique(codes, aspect.code(), where);
			checkNamed(where, aspect.name());
			if (aspect.indicators().isEmpty()) {
				problem(where, "no indicator", "an aspect has at least one indicator");
			}
			checkWeight(where, aspect.weight(), aspect.indicators());
		}
		Set<Integer> numbers = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (InstrumentDefinition.Indicator indicator : d.allIndicators()) {
			if (!numbers.add(indicator.number())) {
				problem("indicator " + indicator.number(), "number used twice", "indicator numbers are unique");
			}
			total = total.add(indicator.weight() == null ? BigDecimal.ZERO : indicator.weight());
			checkIndicator(d, indicator);
		}
		if (total.compareTo(HUNDRED) != 0) {
			problem("instrument", "indicator weights sum to " + total.stripTrailingZeros().toPlainString(), "indicator weights sum to 100");
		}
	}

	private void checkIndicator(InstrumentDefinition d, InstrumentDefinition.Indicator indicator) {
		String where = "indicator " + indicator.number();
		if (indicator.number() < 1) {
			problem(where, "number below 1", "indicator numbers are positive");
		}
		checkNamed(where, indicator.name());
		if (indicator.weight() == null || indicator.weight().signum() <= 0) {
			problem(where, "weight " + indicator.weight(), "an indicator weight is above 0");
		}
		if (indicator.scale() == null || !d.scales().containsKey(indicator.scale())) {
			problem(where, "unknown scale " + indicator.scale(), "an indicator uses a scale the instrument defines");
		}
		for (int level : d.wholeLevels()) {
			InstrumentDefinition.Level criterion = indicator.levels().get(level);
			if (criterion == null || criterion.criterion() == null || !criterion.criterion().isComplete()) {
				problem(where, "no criterion for level " + level, "every indicator has a criterion for each level");
			}
		}
		for (Integer level : indicator.levels().keySet()) {
			if (!d.wholeLevels().contains(level)) {
				problem(where, "criterion for level " + level + " outside the scale", "criteria exist only for levels of the scale");
			}
		}
		checkEvidenceItems(d, indicator, where);
		checkExternalIndex(d, indicator, where);
	}

	private void checkEvidenceItems(InstrumentDefinition d, InstrumentDefinition.Indicator indicator, String where) {
		Set<String> codes = new HashSet<>();
		for (InstrumentDefinition.EvidenceItem item : indicator.evidenceItems()) {
			if (blank(item.code()) || !codes.add(item.code())) {
				problem(where, "evidence item code " + item.code() + " missing or repeated", "evidence item codes are unique within an indicator");
			}
			if (!d.wholeLevels().contains(item.level())) {
				problem(where, "evidence item " + item.code() + " on level " + item.level(), "evidence items belong to a level of the scale");
			}
			if (item.description() == null || !item.description().isComplete()) {
				problem(where, "evidence item " + item.code() + " without description", "texts exist in both languages");
			}
		}
	}

	private void checkExternalIndex(InstrumentDefinition d, InstrumentDefinition.Indicator indicator, String where) {
		InstrumentDefinition.ExternalIndex index = indicator.externalIndex();
		if (indicator.valueSource() != ValueSource.EXTERNAL_INDEX) {
			if (index != null) {
				problem(where, "external index on an assessed indicator", "only EXTERNAL_INDEX indicators name an external index");
			}
			return;
		}
		if (index == null || blank(index.code()) || index.min() == null || index.max() == null || index.defaultValue() == null) {
			problem(where, "external index incomplete", "an EXTERNAL_INDEX indicator names its index, range and default value");
			return;
		}
		if (!withinScale(d, index.defaultValue())) {
			problem(where, "default value " + index.defaultValue(), "the default value lies on the instrument scale");
		}
		BigDecimal expectedFrom = index.min();
		for (InstrumentDefinition.ConversionBand band : index.conversion()) {
			if (band.from() == null || band.to() == null || band.valueFrom() == null || band.valueTo() == null
					|| band.from().compareTo(expectedFrom) != 0 || band.from().compareTo(band.to()) >= 0
					|| !withinScale(d, band.valueFrom()) || !withinScale(d, band.valueTo())) {
				problem(where, "conversion band " + band.from() + "-" + band.to(), "conversion bands cover the external index range in order, onto the scale");
				return;
			}
			expectedFrom = band.to();
		}
		if (!index.conversion().isEmpty() && expectedFrom.compareTo(index.max()) != 0) {
			problem(where, "conversion ends at " + expectedFrom + ", index ends at " + index.max(), "conversion bands cover the external index range in order, onto the scale");
		}
	}

	private void checkWeight(String where, BigDecimal weight, List<InstrumentDefinition.Indicator> indicators) {
		BigDecimal sum = indicators.stream().map(i -> i.weight() == null ? BigDecimal.ZERO : i.weight())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weight == null || weight.compareTo(sum) != 0) {
			problem(where, "weight " + (weight == null ? "missing" : weight.stripTrailingZeros().toPlainString()) + " but its indicators sum to "
					+ sum.stripTrailingZeros().toPlainString(), "an aspect or domain weight equals the sum of its indicator weights");
		}
	}

	private void checkNamed(String where, Text name) {
		if (name == null || !name.isComplete()) {
			problem(where, "name missing in Indonesian or English", "texts exist in both languages");
		}
	}

	private void unique(Set<String> codes, String code, String where) {
		if (blank(code) || !codes.add(code)) {
			problem(where, "code missing or repeated", "domain and aspect codes are unique");
		}
	}

	private static boolean withinScale(InstrumentDefinition d, BigDecimal value) {
		return value.compareTo(d.scaleMin()) >= 0 && value.compareTo(d.scaleMax()) <= 0;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private void problem(String where, String what, String rule) {
		problems.add(file + ": " + where + ": " + what + " (rule: " + rule + ")");
	}
}
