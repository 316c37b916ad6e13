package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The part of {@link InstrumentValidator} that checks an instrument's level scales (every level
 * named in both languages) and its predikat bands (they cover the whole scale, in order, with no
 * gap or overlap). Each problem goes to the validator's list in the same form as its own.
 */
final class InstrumentScaleChecks {

	private static final String COVER = "bands cover the whole scale with no gap or overlap";

	private final ProblemList problems;

	private InstrumentScaleChecks(ProblemList problems) {
		this.problems = problems;
	}

	/** Checks the scales, then the bands, of {@code d}, whose scale min and max are valid. */
	static void check(InstrumentDefinition d, ProblemList problems) {
		InstrumentScaleChecks checks = new InstrumentScaleChecks(problems);
		checks.checkScales(d);
		checks.checkBands(d);
	}

	private void checkScales(InstrumentDefinition d) {
		if (d.scales().isEmpty()) {
			problems.add(InstrumentPlace.INSTRUMENT, "noScale", "no level scale", "an instrument defines at least one level scale");
		}
		d.scales().forEach((code, scale) -> {
			InstrumentPlace place = InstrumentPlace.of(InstrumentPlace.Kind.SCALE, code);
			if (code == null || code.isBlank() || code.length() > InstrumentLimits.SCALE_CODE) {
				problems.add(place, "code", "code missing or too long", "a code is 1 to " + InstrumentLimits.SCALE_CODE + " characters", InstrumentLimits.SCALE_CODE);
			}
			if (scale == null || scale.name() == null || !scale.name().isComplete()) {
				problems.add(place, "bothLanguages", "name missing in Indonesian or English", "texts exist in both languages");
			}
			for (int level : d.wholeLevels()) {
				Text name = scale == null || scale.levels() == null ? null : scale.levels().get(level);
				if (name == null || !name.isComplete()) {
					problems.add(place.atLevel(level), "levelName", "no name for level " + level,
							"every level of a scale has a name in both languages", level);
				}
			}
			if (scale != null && scale.levels() != null) {
				scale.levels().keySet().stream().filter(l -> !d.wholeLevels().contains(l))
						.forEach(l -> problems.add(place.atLevel(l), "levelOutside", "level " + l + " outside the scale",
								"levels exist only within the scale", l));
			}
		});
	}

	private void checkBands(InstrumentDefinition d) {
		if (d.bands().isEmpty()) {
			problems.add(InstrumentPlace.BANDS, "noBand", "no predikat band", COVER);
			return;
		}
		List<InstrumentDefinition.Band> sorted = new ArrayList<>(d.bands());
		if (sorted.stream().anyMatch(b -> b == null || b.min() == null || b.max() == null || b.predikat() == null
				|| b.predikat().isBlank())) {
			problems.add(InstrumentPlace.BANDS, "bandIncomplete", "a band lacks predikat, min or max", "every band has a predikat, min and max");
			return;
		}
		sorted.sort(Comparator.comparing(InstrumentDefinition.Band::min));
		java.util.Set<String> names = new java.util.HashSet<>();
		BigDecimal expectedMin = d.scaleMin();
		for (InstrumentDefinition.Band band : sorted) {
			InstrumentPlace place = InstrumentPlace.of(InstrumentPlace.Kind.BAND, band.predikat());
			if (!names.add(band.predikat())) {
				problems.add(place, "bandRepeated", "predikat used twice", "each predikat names one band");
			}
			if (band.predikat().length() > InstrumentLimits.PREDIKAT || band.nameEn() == null || band.nameEn().isBlank()
					|| band.nameEn().length() > InstrumentLimits.PREDIKAT) {
				problems.add(place, "bandName", "predikat or English name missing or too long",
						"a band has a predikat and an English name of at most " + InstrumentLimits.PREDIKAT + " characters", InstrumentLimits.PREDIKAT);
			}
			if (band.min().compareTo(band.max()) >= 0) {
				problems.add(place, "bandOrder", "min " + band.min() + " is not below max " + band.max(), "a band's min is below its max",
						band.min(), band.max());
			}
			int cmp = band.min().compareTo(expectedMin);
			if (cmp > 0) {
				problems.add(place, "bandGap", "gap from " + expectedMin + " to " + band.min(), COVER, expectedMin, band.min());
			}
			else if (cmp < 0) {
				problems.add(place, "bandOverlap", "overlaps below " + expectedMin + " (starts at " + band.min() + ")", COVER,
						expectedMin, band.min());
			}
			expectedMin = band.max();
		}
		if (expectedMin.compareTo(d.scaleMax()) != 0) {
			problems.add(InstrumentPlace.BANDS, "bandTop", "top band ends at " + expectedMin + ", scale ends at " + d.scaleMax(), COVER,
					expectedMin, d.scaleMax());
		}
	}
}
