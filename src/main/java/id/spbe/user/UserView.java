package id.spbe.user;

/**
 * A login as the other modules see it: never the password hash or the lock-out counters.
 *
 * @param email the address messages go to, null when none
 * @param language the language of messages, {@code id} or {@code en}
 */
public record UserView(long id, String username, String fullName, Role role, Long agencyId, Long unitId,
		boolean enabled, String email, String language) {

	static UserView of(UserAccount u) {
		return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getRole(), u.getAgencyId(), u.getUnitId(),
				u.isEnabled(), u.getEmail(), u.getPreferredLanguage());
	}
}
