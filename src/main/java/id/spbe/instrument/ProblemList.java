package id.spbe.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one instrument for {@link InstrumentValidator} and its helpers. */
final class ProblemList {

	/** Every rule (message key {@code instrument.rule.<name>}); a problem must name one of them. */
	static final String[] RULES = { "instrumentCode", "version", "name", "regulation", "indexName", "status", "scale",
			"domainsOrAspects", "noAspect", "partCode", "noIndicator", "parentWeight", "numberRepeated", "weightsSum",
			"numberPositive", "weight", "unknownScale", "criterion", "criterionOutside", "itemCode", "itemLevel",
			"itemDescription", "externalOnAssessed", "externalIncomplete", "externalDefault", "conversionBand",
			"conversionEnd", "noScale", "code", "bothLanguages", "levelName", "levelOutside", "noBand", "bandIncomplete",
			"bandRepeated", "bandName", "bandOrder", "bandGap", "bandOverlap", "bandTop" };
	private static final java.util.Set<String> KNOWN = java.util.Set.of(RULES);

	private final List<InstrumentProblem> problems = new ArrayList<>();

	/**
	 * @param key  the rule's message key without the {@code instrument.rule.} prefix
	 * @param what what is wrong, in English
	 * @param rule the rule, in English
	 * @param args the message arguments
	 */
	void add(InstrumentPlace place, String key, String what, String rule, Object... args) {
		if (!KNOWN.contains(key)) {
			throw new IllegalArgumentException("not a rule of RULES: " + key);
		}
		problems.add(new InstrumentProblem(place, "instrument.rule." + key,
				Arrays.stream(args).map(a -> a instanceof java.math.BigDecimal b ? InstrumentMapper.plain(b).toPlainString()
						: String.valueOf(a)).toList(),
				what + " (rule: " + rule + ")"));
	}

	List<InstrumentProblem> list() {
		return List.copyOf(problems);
	}
}
