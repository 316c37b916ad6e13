package id.spbe.user;

import id.spbe.common.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * HTTP Basic without a bcrypt on every API call: a name and password that passed the full check
 * are remembered for a few minutes, keyed by the SHA-256 of name and password (the password itself
 * is never kept). A remembered pair still needs its account, read afresh on every call, to be
 * enabled, not locked and to have the very password hash it was verified against, so a password
 * changed, reset, deactivated or locked on another node is refused at once there too; here such
 * changes, and every wrong password for the account, also drop its entries (so the next call goes
 * through the full check, which keeps "five wrong passwords in a row" counting as before). The
 * throttle per address runs before any of this ({@link ThrottledAuthenticationProvider}).
 */
@Component
class BasicCredentialCache {

	static final Duration KEEP = Duration.ofMinutes(5);
	/** Bound on remembered pairs, so many callers cannot fill the memory. */
	static final int MAX_ENTRIES = 10_000;
	/** The audit actions after which an account's remembered pairs are dropped. */
	static final Set<String> FORGET_ON = Set.of("PASSWORD_CHANGED", "PASSWORD_RESET", "USER_DEACTIVATED",
			"ACCOUNT_LOCKED", "SIGN_IN_FAILED", "ROLE_CHANGED", "USER_CHANGED");

	private record Entry(long userId, String passwordHash, Instant until) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	private final Clock clock;

	BasicCredentialCache(Clock clock) {
		this.clock = clock;
	}

	/** The key of a name and password: SHA-256 of the name in lower case, a NUL and the password. */
	static String key(String username, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(username.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			return HexFormat.of().formatHex(digest.digest(password.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** True when a pair is remembered under this key, before its account is read. */
	boolean holds(String key) {
		return entries.containsKey(key);
	}

	/** True when this pair was verified for this account, as it is now, within {@link #KEEP}. */
	boolean verified(String key, CurrentUser account) {
		Entry entry = entries.get(key);
		if (entry == null) {
			return false;
		}
		if (!clock.instant().isBefore(entry.until()) || entry.userId() != account.getId()
				|| !entry.passwordHash().equals(account.getPassword())) {
			entries.remove(key, entry);
			return false;
		}
		return true;
	}

	/** Remembers a pair that has just passed the full check. */
	void remember(String key, CurrentUser account) {
		if (account.getPassword() == null) {
			return;
		}
		if (entries.size() >= MAX_ENTRIES) {
			Instant now = clock.instant();
			entries.values().removeIf(e -> !now.isBefore(e.until()));
			if (entries.size() >= MAX_ENTRIES) {
				entries.clear();
			}
		}
		entries.put(key, new Entry(account.getId(), account.getPassword(), clock.instant().plus(KEEP)));
	}

	/** Drops every remembered pair of the account. */
	void forget(long userId) {
		entries.values().removeIf(e -> e.userId() == userId);
	}

	int size() {
		return entries.size();
	}

	@EventListener
	void on(AuditEvent event) {
		if ("user".equals(event.objectType()) && FORGET_ON.contains(event.action()) && event.objectId() != null) {
			try {
				forget(Long.parseLong(event.objectId()));
			}
			catch (NumberFormatException e) {
				// not an account id: nothing remembered under it
			}
		}
	}
}
