package id.spbe.user;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password (page and {@code PUT /api/me/password}): always the signed-in
 * user's, never another's, since no route names a user; the current password is asked again.
 */
@Service
class PasswordChanges {

	private final UserAccountRepository accounts;
	private final PasswordRules rules;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PasswordChanges(UserAccountRepository accounts, PasswordRules rules, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.rules = rules;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Replaces the user's password, which ends a temporary one.
	 *
	 * @return the user as signed in from now on (no longer obliged to change the password)
	 * @throws RuleViolationException BAD_INPUT when the current password is wrong, the new one
	 *         breaks {@link PasswordRules} or equals the current one
	 */
	@Transactional
	CurrentUser change(CurrentUser user, String current, String replacement) {
		UserAccount account = accounts.findById(user.getId())
				.orElseThrow(() -> new NotFoundException("user " + user.getId()));
		if (current == null || current.length() > PasswordRules.MAX_LENGTH
				|| !encoder.matches(current, account.getPasswordHash())) {
			throw RuleViolationException.badInput("password.error.current");
		}
		rules.check(replacement, account.getUsername(), account.getFullName(), account.getInstitution());
		if (replacement.equals(current)) {
			throw RuleViolationException.badInput("password.error.same");
		}
		account.changePassword(encoder.encode(replacement), clock.instant());
		events.publishEvent(AuditEvent.of("PASSWORD_CHANGED", "user", account.getId(), account.getAgencyId(),
				account.getUsername()));
		return new CurrentUser(account, clock.instant());
	}
}
