package id.spbe.instrument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one instrument for {@link InstrumentValidator} and its helpers. */
final class ProblemList {

	private final List<InstrumentProblem> problems = new ArrayList<>();

	/**
	 * @param key  the rule's message key without the {@code instrument.rule.} prefix
	 * @param what what is wrong, in English
	 * @param rule the rule, in English
	 * @param args the message arguments
	 */
	void add(InstrumentPlace place, String key, String what, String rule, Object... args) {
		problems.add(new InstrumentProblem(place, "instrument.rule." + key,
				Arrays.stream(args).map(a -> a instanceof java.math.BigDecimal b ? InstrumentMapper.plain(b).toPlainString()
						: String.valueOf(a)).toList(),
				what + " (rule: " + rule + ")"));
	}

	List<InstrumentProblem> list() {
		return List.copyOf(problems);
	}
}
