package id.spbe.evaluation;

import java.time.Instant;

/** A recorded workflow transition. */
public record EventView(Instant at, long actorId, EvaluationState from, EvaluationState to, EvaluationAction action,
		String note) {

	/** The time in WIB (Asia/Jakarta), for display. */
	public java.time.LocalDateTime localTime() {
		return java.time.LocalDateTime.ofInstant(at, java.time.ZoneId.of("Asia/Jakarta"));
	}
}
