package id.spbe.user;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
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
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginAttempts attempts;

	ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts) {
		super(users);
		setPasswordEncoder(encoder);
		this.attempts = attempts;
		// lock and disabled flag are checked after the password, in additionalAuthenticationChecks
		setPreAuthenticationChecks(user -> {
		});
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (attempts.throttled(LoginAttempts.address(authentication))) {
			throw badCredentials();
		}
		return super.authenticate(authentication);
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
