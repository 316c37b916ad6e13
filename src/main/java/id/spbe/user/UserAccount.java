package id.spbe.user;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import java.time.Instant;

/**
 * A login. Agency users carry their agency's id; admins and assessors none (enforced by the schema too).
 * The e-mail address and language are written here by administrators and by the user's own settings
 * (notification module, with SQL): updates name only the changed columns, so a sign-in's counters
 * written from an older copy never put back an address the user has changed meanwhile.
 */
@Entity
@DynamicUpdate
@Table(name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private String username;
	private String passwordHash;
	private String fullName;
	@Enumerated(EnumType.STRING)
	private Role role;
	private Long agencyId;
	private Long unitId;
	private boolean enabled = true;
	private Instant createdAt;
	private int failedLogins;
	private Instant lockedUntil;
	private String institution;
	private boolean mustChangePassword;
	private Instant passwordChangedAt;
	private String email;
	private String preferredLanguage = "id";

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, Role role, Long agencyId, Long unitId,
			Instant createdAt) {
		if (role.isAgencyRole() != (agencyId != null)) {
			throw new IllegalArgumentException("Agency users need an agency; admins and assessors have none");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public Role getRole() {
		return role;
	}

	/** Agency id for agency users, null otherwise. */
	public Long getAgencyId() {
		return agencyId;
	}

	/** Unit (OPD) of an agency user, or null. */
	public Long getUnitId() {
		return unitId;
	}

	public boolean isEnabled() {
		return enabled;
	}

	/** True while a lock after repeated wrong passwords lasts. */
	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Counts a wrong password; the fifth in a row locks the login for {@code lockFor}.
	 *
	 * @return true when this failure locked the login
	 */
	boolean recordFailedLogin(Instant now, int maxFailures, java.time.Duration lockFor) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failedLogins = 0;
			return true;
		}
		return false;
	}

	/**
	 * Resets the count of wrong passwords and lifts a lock.
	 *
	 * @return true when a lock was lifted (it was still in force at {@code now})
	 */
	boolean recordSuccessfulLogin(Instant now) {
		boolean wasLocked = isLocked(now);
		failedLogins = 0;
		lockedUntil = null;
		return wasLocked;
	}

	/** True when no wrong password is counted and no lock is set (lasting or not). */
	boolean hasNoFailedSignIns() {
		return failedLogins == 0 && lockedUntil == null;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}

	/** An assessor's institution (university, firm), null for everyone else. */
	String getInstitution() {
		return institution;
	}

	/** True while the password is a temporary one set by an administrator (or at installation). */
	boolean isMustChangePassword() {
		return mustChangePassword;
	}

	/** Role, agency, unit, name and institution as an administrator set them (checked by {@link UserRules}). */
	void update(String fullName, Role role, Long agencyId, Long unitId, String institution) {
		if (role.isAgencyRole() != (agencyId != null)) {
			throw new IllegalArgumentException("Agency users need an agency; admins and assessors have none");
		}
		this.fullName = fullName;
		this.role = role;
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.institution = institution;
	}

	/** The address messages go to, null when none. */
	String getEmail() {
		return email;
	}

	/** The language of messages: {@code id} or {@code en}. */
	String getPreferredLanguage() {
		return preferredLanguage;
	}

	/** Address (null: none) and language as an administrator set them (checked by {@link id.spbe.common.EmailAddress}). */
	void setMail(String email, String preferredLanguage) {
		this.email = email;
		this.preferredLanguage = preferredLanguage;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** A password the administrator chose: the user must replace it at the next sign-in. */
	void setTemporaryPassword(String hash) {
		this.passwordHash = hash;
		this.mustChangePassword = true;
	}

	/** The user's own new password. */
	void changePassword(String hash, Instant now) {
		this.passwordHash = hash;
		this.mustChangePassword = false;
		this.passwordChangedAt = now;
	}
}
