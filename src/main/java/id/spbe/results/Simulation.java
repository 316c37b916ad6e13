package id.spbe.results;

import id.spbe.common.Decimals;
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

	/** The gain with its sign in the request's language, "+0,056" or "-0,100" ("+0.056" in English). */
	public String signedGain() {
		return (gain.signum() >= 0 ? "+" : "") + Decimals.show(gain);
	}
}
