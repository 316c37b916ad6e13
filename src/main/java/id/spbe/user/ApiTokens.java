package id.spbe.user;

import id.spbe.common.AuditEvent;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.common.Wib;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: made by their owner (never by a token, which could then outlive its own
 * expiry), listed and revoked by the owner and by administrators, and checked on every API call
 * that sends {@code Authorization: Bearer}. The secret is {@code spbe_} and 32 random bytes
 * (base64url); only its SHA-256 is stored, since a random secret needs no slow hash, so a call
 * costs one indexed query instead of a bcrypt. Every creation, revocation and refused use of a
 * real token is an {@link AuditEvent}.
 */
@Service
@Transactional
class ApiTokens {

	static final String PREFIX = "spbe_";
	static final int SECRET_LENGTH = PREFIX.length() + 43;
	/** Characters of the secret kept in clear, so its owner can tell tokens apart. */
	static final int PREFIX_SHOWN = PREFIX.length() + 6;
	static final int MAX_NAME = 100;
	/** Usable (neither expired nor revoked) tokens a user may hold at once. */
	static final int MAX_USABLE = 20;
	/** A token's last use is written at most this often. */
	static final Duration NOTE_USE_EVERY = Duration.ofMinutes(1);

	private static final Pattern FORMAT = Pattern.compile("spbe_[A-Za-z0-9_-]{43}");

	private final ApiTokenRepository tokens;
	private final UserAccountRepository accounts;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A new token and its secret, which is shown this once and never again. */
	record Created(ApiTokenView token, String secret) {
	}

	/**
	 * Makes a token for the signed-in user.
	 *
	 * @param expiresOn the first day on which it is refused: after today, at most a year ahead
	 * @throws RuleViolationException BAD_INPUT {@code token.error.*} for a missing or too long name,
	 *         a missing or out-of-range day, or too many usable tokens
	 */
	Created create(CurrentUser owner, String typedName, LocalDate expiresOn) {
		String name = name(typedName);
		LocalDate today = Wib.today(clock);
		checkExpiry(expiresOn, today);
		if (tokens.countUsable(owner.getId(), today) >= MAX_USABLE) {
			throw RuleViolationException.badInput("token.error.tooMany", MAX_USABLE);
		}
		String secret = newSecret();
		ApiToken token = tokens.saveAndFlush(new ApiToken(owner.getId(), name, sha256(secret),
				secret.substring(0, PREFIX_SHOWN), expiresOn, clock.instant()));
		publish("API_TOKEN_CREATED", token, owner.getAgencyId(), owner.getUsername() + ": " + name + ", expires "
				+ expiresOn);
		return new Created(ApiTokenView.of(token, today), secret);
	}

	/** The caller's own tokens, newest first. */
	@Transactional(readOnly = true)
	List<ApiTokenView> own(CurrentUser user) {
		return list(user.getId());
	}

	/** Revokes one of the caller's own tokens; another user's is not found (404), as if it did not exist. */
	void revokeOwn(CurrentUser user, long tokenId) {
		ApiToken token = tokens.findByIdAndUserId(tokenId, user.getId())
				.orElseThrow(() -> new NotFoundException("token " + tokenId));
		revoke(token, user, user.getAgencyId(), user.getUsername());
	}

	/** An administrator's view of a user's tokens. */
	@Transactional(readOnly = true)
	List<ApiTokenView> ofUser(CurrentUser admin, long userId) {
		UserAdministration.requireAdmin(admin);
		accounts.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
		return list(userId);
	}

	/** An administrator revokes a user's token. */
	void revokeFor(CurrentUser admin, long userId, long tokenId) {
		UserAdministration.requireAdmin(admin);
		UserAccount owner = accounts.findById(userId).orElseThrow(() -> new NotFoundException("user " + userId));
		ApiToken token = tokens.findByIdAndUserId(tokenId, userId)
				.orElseThrow(() -> new NotFoundException("token " + tokenId));
		revoke(token, admin, owner.getAgencyId(), owner.getUsername());
	}

	/** Every token of a user being deactivated, so that a later reactivation does not bring them back. */
	void revokeAll(CurrentUser admin, UserAccount owner) {
		tokens.notRevoked(owner.getId()).forEach(t -> revoke(t, admin, owner.getAgencyId(), owner.getUsername()));
	}

	/**
	 * The owner of a presented secret, signed in. Its refused uses are recorded even though the call
	 * fails (no rollback for the refusal).
	 *
	 * @throws TokenRefusedException malformed or unknown, expired, revoked, or its owner deactivated or locked
	 */
	@Transactional(noRollbackFor = TokenRefusedException.class)
	TokenAuthentication authenticate(String presented) {
		if (presented == null || presented.length() != SECRET_LENGTH || !FORMAT.matcher(presented).matches()) {
			throw new TokenRefusedException(TokenRefusedException.MALFORMED);
		}
		List<Object[]> found = tokens.withOwner(sha256(presented));
		if (found.isEmpty()) {
			throw new TokenRefusedException(TokenRefusedException.MALFORMED);
		}
		ApiToken token = (ApiToken) found.get(0)[0];
		UserAccount owner = (UserAccount) found.get(0)[1];
		Instant now = clock.instant();
		if (token.isRevoked()) {
			throw refused(token, owner, TokenRefusedException.REVOKED);
		}
		if (token.isExpired(Wib.today(clock))) {
			throw refused(token, owner, TokenRefusedException.EXPIRED);
		}
		if (!owner.isEnabled() || owner.isLocked(now)) {
			throw refused(token, owner, TokenRefusedException.INACTIVE);
		}
		token.used(now, NOTE_USE_EVERY);
		return new TokenAuthentication(new CurrentUser(owner, now), token.getId());
	}

	/** Lower-case hex SHA-256 of the secret's UTF-8 bytes: what is stored. */
	static String sha256(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
					.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private TokenRefusedException refused(ApiToken token, UserAccount owner, String reason) {
		events.publishEvent(AuditEvent.of("API_TOKEN_REFUSED", "api_token", token.getId(), owner.getAgencyId(),
				owner.getUsername() + ": " + token.getName() + ", " + reason.substring(reason.lastIndexOf('.') + 1))
				.by(owner.getUsername()));
		return new TokenRefusedException(reason);
	}

	private List<ApiTokenView> list(long userId) {
		LocalDate today = Wib.today(clock);
		return tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId).stream().map(t -> ApiTokenView.of(t, today))
				.toList();
	}

	private void revoke(ApiToken token, CurrentUser by, Long agencyId, String ownerName) {
		if (token.revoke(clock.instant(), by.getId())) {
			publish("API_TOKEN_REVOKED", token, agencyId, ownerName + ": " + token.getName());
		}
	}

	private void publish(String action, ApiToken token, Long agencyId, String detail) {
		events.publishEvent(AuditEvent.of(action, "api_token", token.getId(), agencyId, detail));
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The name as stored; bounded before it is cleaned. */
	static String name(String typed) {
		if (typed != null && typed.length() > 4 * MAX_NAME) {
			throw RuleViolationException.badInput("token.error.nameTooLong", MAX_NAME);
		}
		String name = Texts.line(typed);
		if (name == null) {
			throw RuleViolationException.badInput("token.error.nameBlank");
		}
		if (Texts.length(name) > MAX_NAME) {
			throw RuleViolationException.badInput("token.error.nameTooLong", MAX_NAME);
		}
		return name;
	}

	static void checkExpiry(LocalDate expiresOn, LocalDate today) {
		if (expiresOn == null) {
			throw RuleViolationException.badInput("token.error.expiresBlank");
		}
		if (!expiresOn.isAfter(today)) {
			throw RuleViolationException.badInput("token.error.expiresPast");
		}
		if (expiresOn.isAfter(today.plusYears(1))) {
			throw RuleViolationException.badInput("token.error.expiresTooFar", today.plusYears(1).toString());
		}
	}
}
