package id.spbe.instrument;

import java.util.List;

/** Publishing (or importing) an instrument that breaks rules: nothing changed; every problem listed. */
class InstrumentProblemsException extends RuntimeException {

	private final transient List<InstrumentProblem> problems;

	InstrumentProblemsException(List<InstrumentProblem> problems) {
		super("instrument.error.invalid");
		this.problems = List.copyOf(problems);
	}

	List<InstrumentProblem> problems() {
		return problems;
	}
}
