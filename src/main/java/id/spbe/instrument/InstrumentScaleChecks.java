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

	/** Receives one problem: the place, what is wrong and the rule broken. */
	@FunctionalInterface
	interface Problems {
		void add(String where, String what, String rule);
	}

	private final Problems problems;

	private InstrumentScaleChecks(Problems problems) {
		this.problems = problems;
	}

	/** Checks the scales, then the bands, of {@code d}, whose scale min and max are valid. */
	static void check(InstrumentDefinition d, Problems problems) {
		InstrumentScaleChecks checks = new InstrumentScaleChecks(problems);
		checks.checkScales(d);
		checks.checkBands(d);
	}

	private void checkScales(InstrumentDefinition d) {
		if (d.scales().isEmpty()) {
			problem("instrument", "no level scale", "an instrument defines at least one level scale");
		}
		d.scales().forEach((code, scale) -> {
			for (int level : d.wholeLevels()) {
				Text name = scale.levels() == null ? null : scale.levels().get(level);
				if (name == null || !name.isComplete()) {
					problem("scale " + code, "no name for level " + level, "every level of a scale has a name in both languages");
				}
			}
		});
	}

	private void checkBands(InstrumentDefinition d) {
		if (d.bands().isEmpty()) {
			problem("bands", "no predikat band", "bands cover the whole scale with no gap or overlap");
			return;
		}
		List<InstrumentDefinition.Band> sorted = new ArrayList<>(d.bands());
		if (sorted.stream().anyMatch(b -> b.min() == null || b.max() == null || b.predikat() == null || b.predikat().isBlank())) {
			problem("bands", "a band lacks predikat, min or max", "every band has a predikat, min and max");
			return;
		}
		sorted.sort(Comparator.comparing(InstrumentDefinition.Band::min));
		BigDecimal expectedMin = d.scaleMin();
		for (InstrumentDefinition.Band band : sorted) {
			String where = "band " + band.predikat();
			if (band.min().compareTo(band.max()) >= 0) {
				problem(where, "min " + band.min() + " is not below max " + band.max(), "a band's min is below its max");
			}
			int cmp = band.min().compareTo(expectedMin);
			if (cmp > 0) {
				problem(where, "gap from " + expectedMin + " to " + band.min(), "bands cover the whole scale with no gap or overlap");
			}
			else if (cmp < 0) {
				problem(where, "overlaps below " + expectedMin + " (starts at " + band.min() + ")", "bands cover the whole scale with no gap or overlap");
			}
			expectedMin = band.max();
		}
		if (expectedMin.compareTo(d.scaleMax()) != 0) {
			problem("bands", "top band ends at " + expectedMin + ", scale ends at " + d.scaleMax(), "bands cover the whole scale with no gap or overlap");
		}
	}

	private void problem(String where, String what, String rule) {
		problems.add(where, what, rule);
	}
}
