package id.spbe.results;

import id.spbe.instrument.IndexResult;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The index with target levels for several indicators at once, from the baseline stage.
 *
 * @param targets indicator number -> target level, as checked against the scale
 * @param gain    exact difference of the overall index (new minus baseline), three decimals for display
 */
public record Simulation(Map<Integer, BigDecimal> targets, IndexResult result, BigDecimal gain) {

	/** The gain with its sign, "+0.056" or "-0.100". */
	public String signedGain() {
		return (gain.signum() >= 0 ? "+" : "") + gain.toPlainString();
	}
}
