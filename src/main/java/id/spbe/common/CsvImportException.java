package id.spbe.common;

import java.util.List;

/**
 * A CSV upload refused as a whole (nothing was stored), with its problems by line and column
 * (at most the first hundred; {@link #total()} counts all). A {@link RuleViolationException} of
 * kind bad input, so anything that answers those answers this one too; the API adds the list.
 */
public class CsvImportException extends RuleViolationException {

	private final transient List<Csv.Problem> problems;
	private final int total;

	public CsvImportException(List<Csv.Problem> problems, int total) {
		super(Kind.BAD_INPUT, "csv.error.rejected", total);
		this.problems = List.copyOf(problems);
		this.total = total;
	}

	/** The problems in the order found (by line within each check), at most the first hundred. */
	public List<Csv.Problem> problems() {
		return problems;
	}

	/** How many problems the file has in all. */
	public int total() {
		return total;
	}
}
