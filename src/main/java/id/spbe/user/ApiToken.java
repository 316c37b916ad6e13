package id.spbe.user;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A personal API token: only the SHA-256 of its secret is stored, so the secret is shown once, when
 * it is made. Refused from {@link #expiresOn} on (WIB), once revoked, and while its owner is
 * deactivated or locked. Updates name only the changed columns, since the last use is written
 * while an administrator may be revoking the token.
 */
@Entity
@DynamicUpdate
@Table(name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long userId;
	private String name;
	private String secretHash;
	private String prefix;
	private LocalDate expiresOn;
	private Instant createdAt;
	private Instant lastUsedAt;
	private Instant revokedAt;
	private Long revokedBy;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String secretHash, String prefix, LocalDate expiresOn, Instant createdAt) {
		this.userId = userId;
		this.name = name;
		this.secretHash = secretHash;
		this.prefix = prefix;
		this.expiresOn = expiresOn;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	long getUserId() {
		return userId;
	}

	String getName() {
		return name;
	}

	String getPrefix() {
		return prefix;
	}

	LocalDate getExpiresOn() {
		return expiresOn;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}

	boolean isRevoked() {
		return revokedAt != null;
	}

	/** True from the expiry day on (WIB). */
	boolean isExpired(LocalDate today) {
		return !today.isBefore(expiresOn);
	}

	/**
	 * Notes a use. Written at most once per {@code every}, so that a script calling many times a
	 * second does not write a row on each call.
	 */
	void used(Instant now, java.time.Duration every) {
		if (lastUsedAt == null || !lastUsedAt.plus(every).isAfter(now)) {
			lastUsedAt = now;
		}
	}

	/** @return true when this revoked it (false when it already was) */
	boolean revoke(Instant now, long by) {
		if (revokedAt != null) {
			return false;
		}
		revokedAt = now;
		revokedBy = by;
		return true;
	}
}
