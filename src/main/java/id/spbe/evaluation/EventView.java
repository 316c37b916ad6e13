package id.spbe.evaluation;

import id.spbe.common.Wib;
import java.time.Instant;

/** A recorded workflow transition. */
public record EventView(Instant at, long actorId, EvaluationState from, EvaluationState to, EvaluationAction action,
		String note) {

	/** The time in WIB (Asia/Jakarta), for display. */
	public java.time.LocalDateTime localTime() {
		return Wib.of(at);
	}
}
