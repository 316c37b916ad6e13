package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/** The rules of one indicator, for {@link InstrumentValidator}. */
final class IndicatorChecks {

	private static final String CONVERSION = "conversion bands cover the external index range in order, onto the scale";

	private final InstrumentDefinition d;
	private final InstrumentDefinition.Indicator indicator;
	private final InstrumentPlace place;
	private final ProblemList problems;

	private IndicatorChecks(InstrumentDefinition d, InstrumentDefinition.Indicator indicator, ProblemList problems) {
		this.d = d;
		this.indicator = indicator;
		this.place = InstrumentPlace.indicator(indicator.number());
		this.problems = problems;
	}

	static void check(InstrumentDefinition d, InstrumentDefinition.Indicator indicator, ProblemList problems) {
		IndicatorChecks checks = new IndicatorChecks(d, indicator, problems);
		checks.checkIndicator();
		checks.checkEvidenceItems();
		checks.checkExternalIndex();
	}

	private void checkIndicator() {
		if (indicator.number() < 1) {
			problems.add(place, "numberPositive", "number below 1", "indicator numbers are positive");
		}
		if (indicator.name() == null || !indicator.name().isComplete() || InstrumentLimits.tooLong(indicator.name(), InstrumentLimits.INDICATOR_NAME)) {
			problems.add(place, "name", "name missing in Indonesian or English", "texts exist in both languages", InstrumentLimits.INDICATOR_NAME);
		}
		BigDecimal weight = indicator.weight();
		if (weight == null || weight.signum() <= 0 || weight.compareTo(InstrumentLimits.WEIGHT_MAX) > 0
				|| weight.stripTrailingZeros().scale() > InstrumentLimits.WEIGHT_DECIMALS) {
			problems.add(place, "weight", "weight " + weight, "an indicator weight is above 0", String.valueOf(weight));
		}
		if (indicator.scale() == null || !d.scales().containsKey(indicator.scale())) {
			problems.add(place, "unknownScale", "unknown scale " + indicator.scale(), "an indicator uses a scale the instrument defines",
					String.valueOf(indicator.scale()));
		}
		for (int level : d.wholeLevels()) {
			InstrumentDefinition.Level criterion = indicator.levels().get(level);
			if (criterion == null || criterion.criterion() == null || !criterion.criterion().isComplete()) {
				problems.add(place.atLevel(level), "criterion", "no criterion for level " + level,
						"every indicator has a criterion for each level", level);
			}
		}
		for (Integer level : indicator.levels().keySet()) {
			if (!d.wholeLevels().contains(level)) {
				problems.add(place.atLevel(level), "criterionOutside", "criterion for level " + level + " outside the scale",
						"criteria exist only for levels of the scale", level);
			}
		}
	}

	private void checkEvidenceItems() {
		Set<String> codes = new HashSet<>();
		for (InstrumentDefinition.EvidenceItem item : indicator.evidenceItems()) {
			InstrumentPlace at = place.atLevel(item.level()).atItem(item.code());
			if (InstrumentValidator.blank(item.code()) || !codes.add(item.code()) || InstrumentLimits.tooLong(item.code(), InstrumentLimits.ITEM_CODE)) {
				problems.add(at, "itemCode", "evidence item code " + item.code() + " missing or repeated",
						"evidence item codes are unique within an indicator", String.valueOf(item.code()));
			}
			if (!d.wholeLevels().contains(item.level())) {
				problems.add(at, "itemLevel", "evidence item " + item.code() + " on level " + item.level(),
						"evidence items belong to a level of the scale", item.level());
			}
			if (item.description() == null || !item.description().isComplete()) {
				problems.add(at, "itemDescription", "evidence item " + item.code() + " without description", "texts exist in both languages");
			}
		}
	}

	private void checkExternalIndex() {
		InstrumentDefinition.ExternalIndex index = indicator.externalIndex();
		if (indicator.valueSource() != ValueSource.EXTERNAL_INDEX) {
			if (index != null) {
				problems.add(place, "externalOnAssessed", "external index on an assessed indicator",
						"only EXTERNAL_INDEX indicators name an external index");
			}
			return;
		}
		if (index == null || InstrumentValidator.blank(index.code()) || index.min() == null || index.max() == null
				|| index.defaultValue() == null || InstrumentLimits.tooLong(index.code(), InstrumentLimits.PART_CODE)
				|| index.min().compareTo(index.max()) >= 0 || index.min().abs().compareTo(InstrumentLimits.EXTERNAL_MAX) > 0
				|| index.max().abs().compareTo(InstrumentLimits.EXTERNAL_MAX) > 0
				|| (index.name() != null && InstrumentLimits.tooLong(index.name(), InstrumentLimits.NAME))) {
			problems.add(place, "externalIncomplete", "external index incomplete",
					"an EXTERNAL_INDEX indicator names its index, range and default value");
			return;
		}
		if (!withinScale(index.defaultValue())) {
			problems.add(place, "externalDefault", "default value " + index.defaultValue(), "the default value lies on the instrument scale",
					index.defaultValue());
		}
		BigDecimal expectedFrom = index.min();
		for (InstrumentDefinition.ConversionBand band : index.conversion()) {
			if (band.from() == null || band.to() == null || band.valueFrom() == null || band.valueTo() == null
					|| band.from().compareTo(expectedFrom) != 0 || band.from().compareTo(band.to()) >= 0
					|| !withinScale(band.valueFrom()) || !withinScale(band.valueTo())) {
				problems.add(place.atItem(band.from() + "-" + band.to()), "conversionBand", "conversion band " + band.from() + "-" + band.to(),
						CONVERSION, String.valueOf(band.from()), String.valueOf(band.to()));
				return;
			}
			expectedFrom = band.to();
		}
		if (!index.conversion().isEmpty() && expectedFrom.compareTo(index.max()) != 0) {
			problems.add(place, "conversionEnd", "conversion ends at " + expectedFrom + ", index ends at " + index.max(), CONVERSION,
					expectedFrom, index.max());
		}
	}

	private boolean withinScale(BigDecimal value) {
		return value.compareTo(d.scaleMin()) >= 0 && value.compareTo(d.scaleMax()) <= 0;
	}
}
