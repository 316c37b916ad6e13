package id.spbe.evaluation;

import java.time.Instant;

/** A recorded workflow transition. */
public record EventView(Instant at, long actorId, EvaluationState from, EvaluationState to, EvaluationAction action,
		String note) {
}
