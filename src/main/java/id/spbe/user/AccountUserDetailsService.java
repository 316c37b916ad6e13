package id.spbe.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads logins from the {@code user_account} table; a name with a NUL or control character is
 * unknown without a query.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;
	private final java.time.Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, java.time.Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		// PostgreSQL refuses NUL in a query parameter: such a name is simply not a login
		if (!LoginAttempts.acceptableName(username)) {
			throw new UsernameNotFoundException("Name with a control character");
		}
		return accounts.findByUsernameIgnoreCase(username.trim()).map(a -> new CurrentUser(a, clock.instant()))
				.orElseThrow(() -> new UsernameNotFoundException("No user " + username));
	}
}
