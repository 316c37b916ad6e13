package id.spbe.agency;

import id.spbe.common.RuleViolationException;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * Agency or unit fields refused by {@link AgencyChecks}: the API answers the first problem's
 * message (409 for a duplicate, else 400), a page form shows every problem on its field.
 */
class AgencyRefusedException extends RuleViolationException {

	/** Refusals that are a clash with what is stored (409), not bad input. */
	private static final java.util.Set<String> DUPLICATES = java.util.Set.of("agency.error.duplicateName",
			"agency.error.duplicateCode", "agency.error.duplicateUnit");

	private final transient List<AgencyChecks.Problem> problems;

	AgencyRefusedException(List<AgencyChecks.Problem> problems) {
		super(DUPLICATES.contains(problems.get(0).key()) ? Kind.CONFLICT : Kind.BAD_INPUT, problems.get(0).key(),
				problems.get(0).args());
		this.problems = List.copyOf(problems);
	}

	static AgencyRefusedException of(String field, String key, Object... args) {
		return new AgencyRefusedException(List.of(new AgencyChecks.Problem(field, key, args)));
	}

	/** Puts each problem on its field of the page form. */
	void rejectOn(Errors errors) {
		problems.forEach(p -> errors.rejectValue(p.field(), p.key(), p.args(), p.key()));
	}
}
