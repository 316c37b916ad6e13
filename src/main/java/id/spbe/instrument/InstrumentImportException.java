package id.spbe.instrument;

import java.util.List;

/** An imported instrument file that was refused: nothing was stored; every problem listed. */
class InstrumentImportException extends RuntimeException {

	private final transient List<ImportProblem> problems;

	InstrumentImportException(List<ImportProblem> problems) {
		super("instrument.import.refused");
		this.problems = List.copyOf(problems);
	}

	InstrumentImportException(ImportProblem problem) {
		this(List.of(problem));
	}

	List<ImportProblem> problems() {
		return problems;
	}
}
