package id.spbe.evaluation;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A recorded change of an evaluation's assessor team.
 *
 * @param actorId    the administrator who made it
 * @param assessorId the assessor it concerns
 */
public record TeamChangeView(Instant at, long actorId, long assessorId, Kind kind) {

	/** What happened to the assessor; a new lead makes the old one a member, recorded as its own change. */
	public enum Kind {
		ADDED_MEMBER, ADDED_LEAD, MADE_LEAD, MADE_MEMBER, REMOVED
	}

	/** The time in WIB (Asia/Jakarta), for display. */
	public LocalDateTime localTime() {
		return Wib.of(at);
	}
}
