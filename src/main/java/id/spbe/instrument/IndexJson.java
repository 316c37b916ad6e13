package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON shape of an {@link IndexResult}, shared by the instrument index endpoint and the
 * evaluation results: {@code complete}, {@code scored}, {@code total}, then either
 * {@code missing} or {@code overall}, {@code overallExact}, {@code predikat}, {@code domains},
 * {@code aspects}; indices as strings with two decimals (half-up).
 */
public final class IndexJson {

	private IndexJson() {
	}

	/** The result as an ordered map for Jackson. */
	public static Map<String, Object> of(IndexResult result) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("complete", result.complete());
		json.put("scored", result.scored());
		json.put("total", result.total());
		if (!result.complete()) {
			json.put("missing", result.missing());
		}
		if (result.complete()) {
			json.put("overall", result.overall().toPlainString());
			BigDecimal exact = result.overallExact().stripTrailingZeros();
			json.put("overallExact", (exact.scale() < 2 ? exact.setScale(2) : exact).toPlainString());
			json.put("predikat", result.predikat().predikat());
			json.put("domains", strings(result.domains()));
			json.put("aspects", strings(result.aspects()));
		}
		return json;
	}

	private static Map<String, String> strings(Map<String, BigDecimal> indices) {
		Map<String, String> out = new LinkedHashMap<>();
		indices.forEach((k, v) -> out.put(k, v.toPlainString()));
		return out;
	}
}
