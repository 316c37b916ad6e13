package id.spbe.user;

import id.spbe.common.AuditEvent;
import id.spbe.common.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts wrong sign-ins, for pages and API alike, in two ways.
 * <ul>
 * <li><b>Per account</b> (in the database): 5 wrong passwords in a row lock the login for 15
 * minutes; a successful sign-in resets the count.</li>
 * <li><b>Per client address</b> (in memory, a sliding window): after 10 wrong sign-ins within 10
 * minutes from one address, further attempts from it are refused without checking the password.
 * The address is the request's remote address, which is the forwarded client address once
 * {@code server.forward-headers-strategy} is set behind a proxy.</li>
 * </ul>
 * The rule that keeps an attacker from locking the administrator out: a locked account still
 * signs in with the correct password from an address with <em>no</em> wrong sign-in in the last
 * 10 minutes (the attacker's address has failures, the administrator's has not). Failed sign-ins,
 * locks, lifted locks and page sign-ins are published as {@link AuditEvent}s. Every refusal —
 * unknown user, wrong password, locked account, throttled address, a control character in the
 * name — gets the same answer, so none tells whether a login exists.
 */
@Component
class LoginAttempts {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(15);
	static final int MAX_ADDRESS_FAILURES = 10;
	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);
	/** Bound on remembered addresses, so a flood of addresses cannot fill the memory. */
	static final int MAX_ADDRESSES = 10_000;

	private final UserAccountRepository accounts;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

	LoginAttempts(UserAccountRepository accounts, Clock clock, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
	}

	/** The client address of a sign-in attempt, or null when it did not come over HTTP. */
	static String address(Authentication authentication) {
		return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails d
				? d.getRemoteAddress() : null;
	}

	/** True for a name that may be looked up: no NUL, control or bidirectional override character. */
	static boolean acceptableName(String name) {
		return name != null && name.equals(Texts.clean(name)) && name.indexOf('\t') < 0 && name.indexOf('\n') < 0
				&& name.indexOf('\r') < 0;
	}

	/** Wrong sign-ins from this address within the window. */
	int recentFailures(String address) {
		if (address == null) {
			return 0;
		}
		Deque<Instant> times = failuresByAddress.get(address);
		if (times == null) {
			return 0;
		}
		synchronized (times) {
			prune(times);
			return times.size();
		}
	}

	/** True when this address has too many recent wrong sign-ins to try again yet. */
	boolean throttled(String address) {
		return recentFailures(address) >= MAX_ADDRESS_FAILURES;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		recordAddressFailure(address(event.getAuthentication()));
		String name = event.getAuthentication().getName();
		// a name with a control character never reaches the database (PostgreSQL refuses NUL)
		Optional<UserAccount> account = acceptableName(name) ? accounts.findByUsernameIgnoreCase(name.trim())
				: Optional.empty();
		String actor = account.map(UserAccount::getUsername).orElseGet(() -> typedName(name));
		events.publishEvent(AuditEvent.of("SIGN_IN_FAILED", "user", account.map(UserAccount::getId).orElse(null),
				account.map(UserAccount::getAgencyId).orElse(null), null).by(actor));
		account.ifPresent(a -> {
			if (a.recordFailedLogin(clock.instant(), MAX_FAILURES, LOCK)) {
				events.publishEvent(AuditEvent.of("ACCOUNT_LOCKED", "user", a.getId(), a.getAgencyId(),
						"until " + a.getLockedUntil()).by(actor));
			}
		});
	}

	/**
	 * Every successful password check, pages and each API call alike, resets the count; a lock it
	 * lifts (the right password from a clean address) is recorded.
	 */
	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user && user.hasNoFailedSignIns()) {
			// nothing to reset: spares each API call a query
			return;
		}
		accounts.findByUsernameIgnoreCase(event.getAuthentication().getName()).ifPresent(a -> {
			if (a.recordSuccessfulLogin(clock.instant())) {
				events.publishEvent(AuditEvent.of("ACCOUNT_UNLOCKED", "user", a.getId(), a.getAgencyId(), "sign-in")
						.by(a.getUsername()));
			}
		});
	}

	/**
	 * A sign-in through the login page. API calls authenticate on every request (HTTP Basic, no
	 * session), so recording each as a sign-in would bury the log; their failures are recorded.
	 */
	@EventListener
	@Transactional
	public void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
			events.publishEvent(AuditEvent.of("SIGN_IN", "user", user.getId(), user.getAgencyId(), null)
					.by(user.getUsername()));
		}
	}

	/** The name as typed, cleaned and cut to the length of a username, for the log. */
	static String typedName(String name) {
		String cleaned = Texts.line(name);
		if (cleaned == null) {
			return "-";
		}
		return cleaned.length() > 100 ? cleaned.substring(0, 100) : cleaned;
	}

	private void recordAddressFailure(String address) {
		if (address == null) {
			return;
		}
		if (failuresByAddress.size() >= MAX_ADDRESSES) {
			failuresByAddress.values().removeIf(times -> {
				synchronized (times) {
					prune(times);
					return times.isEmpty();
				}
			});
		}
		Deque<Instant> times = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			prune(times);
			times.addLast(clock.instant());
			// more than the limit need not be remembered
			while (times.size() > MAX_ADDRESS_FAILURES) {
				times.removeFirst();
			}
		}
	}

	private void prune(Deque<Instant> times) {
		Instant since = clock.instant().minus(ADDRESS_WINDOW);
		while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
			times.removeFirst();
		}
	}
}
