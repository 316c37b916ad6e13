package id.spbe.audit;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One row of the audit log as pages, the API and the export see it.
 *
 * @param userId   the signed-in user's id; null for an action with no signed-in user (a failed
 *                 sign-in, start-up), which has only {@code username}, as the publisher named it
 * @param username who acted; null when no one did (start-up tasks)
 * @param address  the client's address as the application resolved it; null outside a request
 */
public record AuditEntry(long id, Instant at, Long userId, String username, String address, String action,
		String objectType, String objectId, Long agencyId, String detail) {

	/** When it happened, in WIB. */
	public LocalDateTime atWib() {
		return Wib.of(at);
	}
}
