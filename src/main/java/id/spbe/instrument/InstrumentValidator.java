package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an instrument: the bundled files before they are stored and every draft before it is
 * published (the same rules for both). Each problem names the place (indicator, aspect, band,
 * level, item) and the rule as a message key with its arguments; for files it is one line
 * naming the file, e.g.
 * {@code spbe-2020.yaml: indicator 12: no criterion for level 3 (rule: every indicator has a criterion for each level)}.
 * The level scales and predikat bands are checked by {@link InstrumentScaleChecks}, indicators by
 * {@link IndicatorChecks}.
 */
final class InstrumentValidator {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private final ProblemList problems = new ProblemList();

	private InstrumentValidator() {
	}

	/** All problems of {@code definition} as lines naming {@code file}; empty when it may be loaded. */
	static List<String> validate(InstrumentDefinition definition, String file) {
		return problems(definition).stream().map(p -> p.line(file)).toList();
	}

	/** All problems of {@code definition}; empty when it may be stored or published. */
	static List<InstrumentProblem> problems(InstrumentDefinition definition) {
		InstrumentValidator validator = new InstrumentValidator();
		validator.check(definition);
		return validator.problems.list();
	}

	private void check(InstrumentDefinition d) {
		InstrumentPlace here = InstrumentPlace.INSTRUMENT;
		if (blank(d.code()) || InstrumentLimits.tooLong(d.code(), InstrumentLimits.CODE) || !d.code().matches("[a-z0-9][a-z0-9-]*")) {
			problems.add(here, "instrumentCode", "code " + d.code(), "an instrument code is lower-case letters, digits and dashes, at most "
					+ InstrumentLimits.CODE + " characters", InstrumentLimits.CODE);
		}
		if (d.version() < 1) {
			problems.add(here, "version", "version " + d.version(), "version is 1 or more", d.version());
		}
		if (d.name() == null || !d.name().isComplete() || InstrumentLimits.tooLong(d.name(), InstrumentLimits.NAME)) {
			problems.add(here, "name", "name missing in Indonesian or English", "texts exist in both languages", InstrumentLimits.NAME);
		}
		if (blank(d.regulation()) || InstrumentLimits.tooLong(d.regulation(), InstrumentLimits.REGULATION)) {
			problems.add(here, "regulation", "regulation is missing", "an instrument names its regulation", InstrumentLimits.REGULATION);
		}
		if (d.indexName() != null && InstrumentLimits.tooLong(d.indexName(), InstrumentLimits.REGULATION)) {
			problems.add(here, "indexName", "index name too long", "an index name is at most " + InstrumentLimits.REGULATION + " characters",
					InstrumentLimits.REGULATION);
		}
		if (d.status() == null) {
			problems.add(here, "status", "status is missing", "status is DRAFT, PUBLISHED or RETIRED");
		}
		if (d.scaleMin() == null || d.scaleMax() == null || d.scaleMin().compareTo(d.scaleMax()) >= 0
				|| d.scaleMin().signum() < 0 || d.scaleMax().compareTo(InstrumentLimits.SCALE_MAX) > 0
				|| d.scaleMin().stripTrailingZeros().scale() > 0 || d.scaleMax().stripTrailingZeros().scale() > 0) {
			problems.add(here, "scale", "scale " + d.scaleMin() + "-" + d.scaleMax(), "the scale runs between two whole levels, min < max",
					String.valueOf(d.scaleMin()), String.valueOf(d.scaleMax()));
			return;
		}
		if (!d.domains().isEmpty() && !d.aspects().isEmpty()) {
			problems.add(here, "domainsOrAspects", "both domains and top-level aspects",
					"aspects sit either under domains or directly under the instrument");
		}
		InstrumentScaleChecks.check(d, problems);
		checkStructure(d);
	}

	private void checkStructure(InstrumentDefinition d) {
		List<InstrumentDefinition.Aspect> aspects = d.allAspects();
		if (aspects.isEmpty()) {
			problems.add(InstrumentPlace.INSTRUMENT, "noAspect", "no aspect", "an instrument has at least one aspect with indicators");
			return;
		}
		Set<String> codes = new HashSet<>();
		for (InstrumentDefinition.Domain domain : d.domains()) {
			InstrumentPlace place = InstrumentPlace.of(InstrumentPlace.Kind.DOMAIN, domain.code());
			unique(codes, domain.code(), place);
			checkNamed(place, domain.name(), InstrumentLimits.NAME);
			checkWeight(place, domain.weight(),
					domain.aspects().stream().flatMap(a -> a.indicators().stream()).toList());
		}
		for (InstrumentDefinition.Aspect aspect : aspects) {
			InstrumentPlace place = InstrumentPlace.of(InstrumentPlace.Kind.ASPECT, aspect.code());
			unique(codes, aspect.code(), place);
			checkNamed(place, aspect.name(), InstrumentLimits.NAME);
			if (aspect.indicators().isEmpty()) {
				problems.add(place, "noIndicator", "no indicator", "an aspect has at least one indicator");
			}
			checkWeight(place, aspect.weight(), aspect.indicators());
		}
		Set<Integer> numbers = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		for (InstrumentDefinition.Indicator indicator : d.allIndicators()) {
			if (!numbers.add(indicator.number())) {
				problems.add(InstrumentPlace.indicator(indicator.number()), "numberRepeated", "number used twice",
						"indicator numbers are unique", indicator.number());
			}
			total = total.add(indicator.weight() == null ? BigDecimal.ZERO : indicator.weight());
			IndicatorChecks.check(d, indicator, problems);
		}
		if (total.compareTo(HUNDRED) != 0) {
			problems.add(InstrumentPlace.INSTRUMENT, "weightsSum", "indicator weights sum to " + total.stripTrailingZeros().toPlainString(),
					"indicator weights sum to 100", total);
		}
	}

	private void checkWeight(InstrumentPlace place, BigDecimal weight, List<InstrumentDefinition.Indicator> indicators) {
		BigDecimal sum = indicators.stream().map(i -> i.weight() == null ? BigDecimal.ZERO : i.weight())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (weight == null || weight.compareTo(sum) != 0) {
			problems.add(place, "parentWeight", "weight " + (weight == null ? "missing" : weight.stripTrailingZeros().toPlainString())
					+ " but its indicators sum to " + sum.stripTrailingZeros().toPlainString(),
					"an aspect or domain weight equals the sum of its indicator weights", weight == null ? "-" : weight, sum);
		}
	}

	private void checkNamed(InstrumentPlace place, Text name, int max) {
		if (name == null || !name.isComplete() || InstrumentLimits.tooLong(name, max)) {
			problems.add(place, "name", "name missing in Indonesian or English", "texts exist in both languages", max);
		}
	}

	private void unique(Set<String> codes, String code, InstrumentPlace place) {
		if (blank(code) || !codes.add(code) || InstrumentLimits.tooLong(code, InstrumentLimits.PART_CODE)) {
			problems.add(place, "partCode", "code missing or repeated", "domain and aspect codes are unique",
					InstrumentLimits.PART_CODE);
		}
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
