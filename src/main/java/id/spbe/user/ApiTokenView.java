package id.spbe.user;

import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A token as its owner and the administrators see it: never the secret nor its hash.
 *
 * @param prefix the secret's first characters, to tell tokens apart
 * @param expiresOn the first day (WIB) on which the token is refused
 * @param status {@code ACTIVE}, {@code EXPIRED} or {@code REVOKED}
 */
record ApiTokenView(long id, String name, String prefix, LocalDate expiresOn, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt, String status) {

	static ApiTokenView of(ApiToken t, LocalDate today) {
		String status = t.isRevoked() ? "REVOKED" : t.isExpired(today) ? "EXPIRED" : "ACTIVE";
		return new ApiTokenView(t.getId(), t.getName(), t.getPrefix(), t.getExpiresOn(), t.getCreatedAt(),
				t.getLastUsedAt(), t.getRevokedAt(), status);
	}

	/** True while the token may still be revoked (not yet revoked). */
	public boolean revocable() {
		return revokedAt == null;
	}

	public LocalDateTime createdAtWib() {
		return Wib.of(createdAt);
	}

	public LocalDateTime lastUsedAtWib() {
		return lastUsedAt == null ? null : Wib.of(lastUsedAt);
	}
}
