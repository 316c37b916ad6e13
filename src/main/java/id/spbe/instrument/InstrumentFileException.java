package id.spbe.instrument;

import java.util.List;

/**
 * An instrument file that cannot be loaded. The message lists every problem, each naming the
 * file, the place and the rule; start-up fails with it.
 */
public class InstrumentFileException extends RuntimeException {

	private final transient List<String> problems;

	InstrumentFileException(List<String> problems) {
		super("Instrument file rejected:\n  " + String.join("\n  ", problems));
		this.problems = List.copyOf(problems);
	}

	/** One line per problem. */
	public List<String> getProblems() {
		return problems;
	}
}
