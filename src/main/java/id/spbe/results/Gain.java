package id.spbe.results;

import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;

/**
 * What raising one indicator by one level would do to the index.
 *
 * @param from     the baseline level; to the raised level (capped at the scale's top)
 * @param overall  the index with this one change, two decimals half-up
 * @param gain     exact difference of the overall index before rounding (new minus baseline)
 * @param predikat the band the new index reaches
 */
public record Gain(InstrumentDefinition.Indicator indicator, BigDecimal from, BigDecimal to, BigDecimal overall,
		BigDecimal gain, InstrumentDefinition.Band predikat) {

	/** The gain for display: three decimals, half-up (most single-level gains are below 0.1). */
	public BigDecimal shownGain() {
		return gain.setScale(3, java.math.RoundingMode.HALF_UP);
	}
}
