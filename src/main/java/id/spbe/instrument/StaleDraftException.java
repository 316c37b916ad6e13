package id.spbe.instrument;

import java.time.Instant;
import java.util.List;

/**
 * A draft save based on a lock value that is no longer current: someone else saved in between.
 * Nothing was written; {@link #changes} lists how the stored draft differs from what was sent,
 * so the administrator can see the other save before deciding.
 */
class StaleDraftException extends RuntimeException {

	private final long currentLock;
	private final String changedBy;
	private final Instant changedAt;
	private final transient List<InstrumentChange> changes;

	StaleDraftException(long currentLock, String changedBy, Instant changedAt, List<InstrumentChange> changes) {
		super("instrument.error.stale");
		this.currentLock = currentLock;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.changes = List.copyOf(changes);
	}

	long currentLock() {
		return currentLock;
	}

	String changedBy() {
		return changedBy;
	}

	Instant changedAt() {
		return changedAt;
	}

	/** From what was sent (old) to what is stored (new). */
	List<InstrumentChange> changes() {
		return changes;
	}
}
