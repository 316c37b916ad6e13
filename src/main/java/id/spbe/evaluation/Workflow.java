package id.spbe.evaluation;

import id.spbe.user.Role;
import java.util.List;
import java.util.Optional;

/**
 * The one table of allowed transitions: (from state, action, role) -> to state. Anything not in
 * the table is refused. Source: DOMAIN.md section 1 (the cycle) and section 5 (roles).
 */
public final class Workflow {

	/** One allowed move. */
	public record Transition(EvaluationState from, EvaluationAction action, Role role, EvaluationState to) {
	}

	/** Every allowed transition. */
	public static final List<Transition> TRANSITIONS = List.of(
			new Transition(EvaluationState.SELF_ASSESSMENT, EvaluationAction.SUBMIT, Role.AGENCY_COORDINATOR,
					EvaluationState.SUBMITTED));

	private Workflow() {
	}

	/** The transition for this state, action and role, if the table allows it. */
	public static Optional<Transition> find(EvaluationState from, EvaluationAction action, Role role) {
		return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action && t.role() == role).findFirst();
	}
}
