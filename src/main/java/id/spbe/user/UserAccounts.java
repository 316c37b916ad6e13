package id.spbe.user;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Public API of the user module: creating and listing logins. */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

	private final UserAccountRepository accounts;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	UserAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	/** True when a login with this name exists (case-insensitive). */
	public boolean exists(String username) {
		return accounts.findByUsernameIgnoreCase(username).isPresent();
	}

	/**
	 * Creates a login unless one with that name exists.
	 *
	 * @param rawPassword stored only as a delegating-encoder hash ({@code {bcrypt}...})
	 * @param agencyId    required for agency roles, null otherwise
	 * @return true when created, false when the name was taken
	 * @throws IllegalArgumentException when role and agency do not match
	 */
	@Transactional
	public boolean createIfAbsent(String username, String rawPassword, String fullName, Role role, Long agencyId) {
		return createIfAbsent(username, rawPassword, fullName, role, agencyId, null);
	}

	/** As {@link #createIfAbsent(String, String, String, Role, Long)}, with the user's unit (OPD). */
	@Transactional
	public boolean createIfAbsent(String username, String rawPassword, String fullName, Role role, Long agencyId,
			Long unitId) {
		if (exists(username)) {
			return false;
		}
		accounts.save(new UserAccount(username, passwordEncoder.encode(rawPassword), fullName, role, agencyId, unitId,
				clock.instant()));
		return true;
	}

	/**
	 * Marks the login's password as temporary: the user must choose a new one at the next sign-in
	 * (the administrator created at installation, whose password sat in a log or an environment
	 * variable).
	 */
	@Transactional
	public void requirePasswordChange(String username) {
		accounts.findByUsernameIgnoreCase(username).ifPresent(a -> a.setTemporaryPassword(a.getPasswordHash()));
	}

	/** The agency's users, by name. */
	public List<UserView> ofAgency(long agencyId) {
		return accounts.findByAgencyIdOrderByFullName(agencyId).stream().map(UserView::of).toList();
	}

	/** The login with this id. */
	public Optional<UserView> byId(long id) {
		return accounts.findById(id).map(UserView::of);
	}

	/** Full names of the given logins, by id, in one query; unknown ids are absent. */
	public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		accounts.findAllById(ids).forEach(u -> names.put(u.getId(), u.getFullName()));
		return names;
	}

	/** Every login, by role then name. */
	public List<UserView> list() {
		return accounts.findAllByOrderByRoleAscUsernameAsc().stream().map(UserView::of).toList();
	}

	/** Number of logins. */
	public long count() {
		return accounts.count();
	}
}
