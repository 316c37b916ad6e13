package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An index computed by {@link IndexCalculator}.
 *
 * <p>When {@code complete} is false only {@code scored} and {@code total} are meaningful: an index
 * is defined only when every indicator has a value (docs/domain.md section 4).
 *
 * @param complete     every indicator has a value
 * @param scored       number of indicators with a value
 * @param total        number of indicators in the instrument
 * @param overallExact overall index before rounding (exact, or truncated at 20 decimals when the
 *                     division does not terminate); null when incomplete
 * @param overall      overall index rounded half-up to two decimals; null when incomplete
 * @param predikat     band of the rounded overall index; null when incomplete
 * @param domains      domain code -> index (two decimals, half-up), in instrument order; empty
 *                     without domains or when incomplete
 * @param aspects      aspect code -> index (two decimals, half-up), in instrument order; empty
 *                     when incomplete
 * @param missing      numbers of the indicators without a value, in instrument order
 */
public record IndexResult(boolean complete, int scored, int total, BigDecimal overallExact, BigDecimal overall,
		InstrumentDefinition.Band predikat, Map<String, BigDecimal> domains, Map<String, BigDecimal> aspects,
		java.util.List<Integer> missing) {

	static IndexResult incomplete(int scored, int total, java.util.List<Integer> missing) {
		return new IndexResult(false, scored, total, null, null, null, Map.of(), Map.of(), missing);
	}
}
