package id.spbe.user;

import id.spbe.common.RuleViolationException;
import java.util.List;

/**
 * A user input with problems: the API answers the first one (it is a {@link RuleViolationException}),
 * the page shows each beside its field.
 */
class UserInputException extends RuleViolationException {

	private final transient List<Problem> problems;

	UserInputException(List<Problem> problems) {
		super(Kind.BAD_INPUT, problems.get(0).key(), problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	List<Problem> problems() {
		return problems;
	}
}
