package id.spbe.user;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's user management for pages and API alike: list, create, change, temporary
 * passwords, (de)activation and unlocking. Every method checks that the caller is an administrator
 * (the page chain does too, the API chain does not know roles) and publishes an {@link AuditEvent}
 * per change in the transaction of the change.
 */
@Service
@Transactional
class UserAdministration {

	static final int PAGE_SIZE = 50;
	/** Every audit action the user module publishes (here and in {@link LoginAttempts}, {@link PasswordChanges}, {@link ApiTokens}). */
	static final String[] AUDIT_ACTIONS = { "SIGN_IN", "SIGN_IN_FAILED", "ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED",
			"USER_CREATED", "USER_CHANGED", "ROLE_CHANGED", "PASSWORD_RESET", "PASSWORD_CHANGED", "USER_DEACTIVATED",
			"USER_REACTIVATED", "API_TOKEN_CREATED", "API_TOKEN_REVOKED", "API_TOKEN_REFUSED" };

	private final UserAccountRepository accounts;
	private final UserRules rules;
	private final PasswordEncoder encoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ApiTokens tokens;

	UserAdministration(UserAccountRepository accounts, UserRules rules, PasswordEncoder encoder,
			ApplicationEventPublisher events, Clock clock, ApiTokens tokens) {
		this.accounts = accounts;
		this.rules = rules;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
		this.tokens = tokens;
	}

	/** What an administrator changes of a user: everything but the username; null password and enabled keep them. */
	record Change(UserInput input, Boolean enabled) {
	}

	/** Refuses everyone but administrators. */
	static void requireAdmin(CurrentUser actor) {
		if (actor == null || actor.getRole() != Role.ADMIN) {
			throw RuleViolationException.forbidden("users.error.adminOnly");
		}
	}

	@Transactional(readOnly = true)
	Page<AccountRow> search(CurrentUser actor, UserQuery query, int page) {
		requireAdmin(actor);
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("username"));
		return accounts.findAll(query.specification(clock.instant()), request).map(u -> AccountRow.of(u, clock.instant()));
	}

	@Transactional(readOnly = true)
	AccountRow get(CurrentUser actor, long id) {
		requireAdmin(actor);
		return AccountRow.of(find(id), clock.instant());
	}

	/** A new user with a temporary password, to be changed at the first sign-in. */
	AccountRow create(CurrentUser actor, UserInput typed) {
		requireAdmin(actor);
		UserInput in = UserRules.clean(typed);
		rules.require(in, null);
		UserAccount account = newAccount(in, encoder.encode(in.password()));
		accounts.saveAndFlush(account);
		publish("USER_CREATED", account, account.getRole() + (account.getAgencyId() == null ? "" : ", agency " + account.getAgencyId())
				+ mailDetail(account));
		return AccountRow.of(account, clock.instant());
	}

	/** A checked input as a new account whose password ({@code hash}) is temporary. */
	UserAccount newAccount(UserInput in, String hash) {
		Role role = Role.valueOf(in.role().toUpperCase(java.util.Locale.ROOT));
		UserAccount account = new UserAccount(in.username(), hash, in.displayName(), role, in.agencyId(), in.unitId(),
				clock.instant());
		account.update(in.displayName(), role, in.agencyId(), in.unitId(), in.institution());
		account.setMail(UserRules.email(in), UserRules.language(in));
		account.setTemporaryPassword(hash);
		return account;
	}

	/** The address and language for a creation's audit detail. */
	static String mailDetail(UserAccount account) {
		return ", email " + (account.getEmail() == null ? "-" : account.getEmail()) + ", language "
				+ account.getPreferredLanguage();
	}

	/**
	 * Changes a user's name, role, agency, unit, institution, e-mail address and language, and with
	 * the change a temporary password and the active flag.
	 */
	AccountRow change(CurrentUser actor, long id, Change change) {
		requireAdmin(actor);
		UserAccount account = find(id);
		UserInput in = UserRules.clean(change.input());
		rules.require(in, account);
		Role role = Role.valueOf(in.role().toUpperCase(java.util.Locale.ROOT));
		if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
			keepAnAdministrator(actor, account, "users.error.selfDemote");
		}
		List<String> changed = changedFields(account, in, role);
		Role before = account.getRole();
		account.update(in.displayName(), role, in.agencyId(), in.unitId(), in.institution());
		account.setMail(UserRules.email(in), UserRules.language(in));
		if (before != role) {
			publish("ROLE_CHANGED", account, before + " -> " + role);
		}
		if (!changed.isEmpty()) {
			publish("USER_CHANGED", account, String.join(", ", changed));
		}
		if (in.password() != null) {
			account.setTemporaryPassword(encoder.encode(in.password()));
			publish("PASSWORD_RESET", account, null);
		}
		if (change.enabled() != null) {
			setEnabled(actor, account, change.enabled());
		}
		return AccountRow.of(account, clock.instant());
	}

	/**
	 * Deactivates or reactivates a user; never oneself, never the last active administrator. A
	 * deactivation revokes the user's API tokens.
	 */
	AccountRow setEnabled(CurrentUser actor, long id, boolean enabled) {
		requireAdmin(actor);
		UserAccount account = find(id);
		setEnabled(actor, account, enabled);
		return AccountRow.of(account, clock.instant());
	}

	/** Sets a new temporary password, which the user must replace at the next sign-in. */
	AccountRow resetPassword(CurrentUser actor, long id, String password) {
		requireAdmin(actor);
		UserAccount account = find(id);
		UserInput in = new UserInput(null, account.getFullName(), account.getRole().name(), account.getAgencyId(),
				account.getUnitId(), account.getInstitution(), password == null ? "" : password, account.getEmail(),
				account.getPreferredLanguage());
		rules.require(in, account);
		account.setTemporaryPassword(encoder.encode(password));
		publish("PASSWORD_RESET", account, null);
		return AccountRow.of(account, clock.instant());
	}

	/** Lifts a lock after repeated wrong passwords (recorded when there was one to lift). */
	AccountRow unlock(CurrentUser actor, long id) {
		requireAdmin(actor);
		UserAccount account = find(id);
		if (account.recordSuccessfulLogin(clock.instant())) {
			publish("ACCOUNT_UNLOCKED", account, null);
		}
		return AccountRow.of(account, clock.instant());
	}

	private void setEnabled(CurrentUser actor, UserAccount account, boolean enabled) {
		if (account.isEnabled() == enabled) {
			return;
		}
		if (!enabled) {
			keepAnAdministrator(actor, account, "users.error.selfDeactivate");
		}
		account.setEnabled(enabled);
		publish(enabled ? "USER_REACTIVATED" : "USER_DEACTIVATED", account, null);
		if (!enabled) {
			// a reactivation must not bring back what the user's scripts held
			tokens.revokeAll(actor, account);
		}
	}

	/** Refuses to take oneself out, or the last active administrator (under a lock on the administrators). */
	private void keepAnAdministrator(CurrentUser actor, UserAccount account, String selfKey) {
		if (account.getId() == actor.getId()) {
			throw RuleViolationException.conflict(selfKey);
		}
		List<UserAccount> active = accounts.lockActiveAdministrators();
		if (account.getRole() == Role.ADMIN && account.isEnabled()
				&& active.stream().allMatch(a -> Objects.equals(a.getId(), account.getId()))) {
			throw RuleViolationException.conflict("users.error.lastAdministrator");
		}
	}

	private static List<String> changedFields(UserAccount account, UserInput in, Role role) {
		List<String> changed = new ArrayList<>();
		if (!Objects.equals(account.getFullName(), in.displayName())) {
			changed.add("displayName");
		}
		if (!Objects.equals(account.getAgencyId(), in.agencyId())) {
			changed.add("agency " + account.getAgencyId() + " -> " + in.agencyId());
		}
		if (!Objects.equals(account.getUnitId(), in.unitId())) {
			changed.add("unit " + account.getUnitId() + " -> " + in.unitId());
		}
		if (!Objects.equals(account.getInstitution(), in.institution())) {
			changed.add("institution");
		}
		String email = UserRules.email(in);
		if (!Objects.equals(account.getEmail(), email)) {
			changed.add("email " + (account.getEmail() == null ? "-" : account.getEmail()) + " -> " + (email == null ? "-" : email));
		}
		String language = UserRules.language(in);
		if (!Objects.equals(account.getPreferredLanguage(), language)) {
			changed.add("language " + account.getPreferredLanguage() + " -> " + language);
		}
		return changed;
	}

	private void publish(String action, UserAccount account, String detail) {
		events.publishEvent(AuditEvent.of(action, "user", account.getId(), account.getAgencyId(),
				detail == null ? account.getUsername() : account.getUsername() + ": " + detail));
	}

	private UserAccount find(long id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
	}
}
