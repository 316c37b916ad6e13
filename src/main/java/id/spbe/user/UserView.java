package id.spbe.user;

/** A login as the other modules see it: never the password hash or the lock-out counters. */
public record UserView(long id, String username, String fullName, Role role, Long agencyId, Long unitId,
		boolean enabled) {

	static UserView of(UserAccount u) {
		return new UserView(u.getId(), u.getUsername(), u.getFullName(), u.getRole(), u.getAgencyId(), u.getUnitId(),
				u.isEnabled());
	}
}
