package id.spbe.user;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a login for 15 minutes after 5 wrong passwords in a row, for pages and API alike; a
 * successful sign-in resets the count.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);

	private final UserAccountRepository accounts;
	private final Clock clock;

	LoginAttempts(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		accounts.findByUsernameIgnoreCase(event.getAuthentication().getName().trim())
				.ifPresent(a -> a.recordFailedLogin(clock.instant(), MAX_FAILURES, LOCK));
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		accounts.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(UserAccount::recordSuccessfulLogin);
	}
}
