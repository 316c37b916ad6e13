package id.spbe.user;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in for pages and API with the rules of {@link LoginAttempts}, answering every
 * refusal with one {@link BadCredentialsException} so that no answer tells whether a login exists:
 * <ol>
 * <li>an address with too many recent wrong sign-ins is refused before the password is checked;</li>
 * <li>a name with a NUL or control character is refused by {@link AccountUserDetailsService}
 * before any query (an unknown name still costs one password hash, as Spring's provider does);</li>
 * <li>the password is checked <em>before</em> the lock and the disabled flag, so a locked or
 * disabled account takes as long as any other;</li>
 * <li>a locked account signs in only from an address with no recent wrong sign-in.</li>
 * </ol>
 * A name and password verified a few minutes ago skip the hash ({@link BasicCredentialCache}), so
 * HTTP Basic API calls do not each cost a bcrypt; the throttle and the account's state are still
 * checked on every call, and a locked account always takes the full path.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginAttempts attempts;
	private final BasicCredentialCache verified;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts,
			BasicCredentialCache verified) {
		super(users);
		setPasswordEncoder(encoder);
		this.attempts = attempts;
		this.verified = verified;
		// lock and disabled flag are checked after the password, in additionalAuthenticationChecks
		setPreAuthenticationChecks(user -> {
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (attempts.throttled(LoginAttempts.address(authentication))) {
			throw badCredentials();
		}
		String key = cacheKey(authentication);
		if (key != null) {
			Authentication remembered = remembered(key, authentication);
			if (remembered != null) {
				return remembered;
			}
		}
		Authentication result = super.authenticate(authentication);
		if (key != null && result.getPrincipal() instanceof CurrentUser user) {
			verified.remember(key, user);
		}
		return result;
	}

	/** The cache key of a name and password within the bounds of a login, else null (full check). */
	private static String cacheKey(Authentication authentication) {
		String name = authentication.getName();
		return authentication instanceof UsernamePasswordAuthenticationToken && authentication.getCredentials() instanceof String password
				&& LoginAttempts.acceptableName(name) && name.length() <= 100 && password.length() <= PasswordRules.MAX_LENGTH
				? BasicCredentialCache.key(name, password) : null;
	}

	/** The sign-in of a pair verified recently for the account as it is now, else null. */
	private Authentication remembered(String key, Authentication authentication) {
		if (!verified.holds(key)) {
			return null;
		}
		UserDetails user;
		try {
			user = getUserDetailsService().loadUserByUsername(authentication.getName());
		}
		catch (UsernameNotFoundException e) {
			return null;
		}
		if (user instanceof CurrentUser account && account.isEnabled() && account.isAccountNonLocked()
				&& verified.verified(key, account)) {
			return createSuccessAuthentication(account, authentication, account);
		}
		return null;
	}

	@Override
	protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication)
			throws AuthenticationException {
		super.additionalAuthenticationChecks(user, authentication);
		if (!user.isEnabled()) {
			throw badCredentials();
		}
		if (!user.isAccountNonLocked() && attempts.recentFailures(LoginAttempts.address(authentication)) > 0) {
			throw badCredentials();
		}
	}

	private BadCredentialsException badCredentials() {
		return new BadCredentialsException(this.messages.getMessage("AbstractUserDetailsAuthenticationProvider.badCredentials",
				"Bad credentials"));
	}
}
