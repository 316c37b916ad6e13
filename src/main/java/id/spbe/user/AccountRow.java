package id.spbe.user;

import id.spbe.common.Wib;
import java.time.Instant;

/**
 * A login as the administrator's list, form and API show it: never the password hash.
 *
 * @param locked true while a lock after repeated wrong passwords lasts
 * @param mustChangePassword true while the password is a temporary one
 * @param email the address messages go to, null when none
 * @param language the language of messages, {@code id} or {@code en}
 */
record AccountRow(long id, String username, String displayName, Role role, Long agencyId, Long unitId,
		String institution, boolean enabled, boolean locked, Instant lockedUntil, boolean mustChangePassword,
		String email, String language) {

	/** The end of the lock in WIB, for the page. */
	public java.time.LocalDateTime lockedUntilWib() {
		return Wib.of(lockedUntil);
	}

	static AccountRow of(UserAccount u, Instant now) {
		boolean locked = u.isLocked(now);
		return new AccountRow(u.getId(), u.getUsername(), u.getFullName(), u.getRole(), u.getAgencyId(), u.getUnitId(),
				u.getInstitution(), u.isEnabled(), locked, locked ? u.getLockedUntil() : null, u.isMustChangePassword(),
				u.getEmail(), u.getPreferredLanguage());
	}
}
