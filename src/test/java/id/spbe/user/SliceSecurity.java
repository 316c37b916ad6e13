package id.spbe.user;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The sign-in beans a web slice test needs without a database, for {@link SecurityConfiguration}:
 * one login {@code admin} with password {@code demo}, and no throttling (nothing is recorded); an
 * account repository without accounts and the clock, for the page chain's session check; no API
 * tokens, and HTTP Basic's cache of verified passwords.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceSecurity {

	@Bean
	AccountUserDetailsService accountUserDetailsService() {
		AccountUserDetailsService users = mock(AccountUserDetailsService.class);
		when(users.loadUserByUsername(anyString())).thenAnswer(call -> {
			if (!"admin".equals(call.getArgument(0))) {
				throw new UsernameNotFoundException("no such login");
			}
			return User.withUsername("admin").password("{noop}demo").roles("ADMIN").build();
		});
		return users;
	}

	@Bean
	LoginAttempts loginAttempts() {
		return mock(LoginAttempts.class);
	}

	/** The page chain's session check reads accounts; a slice has no database. */
	@Bean
	UserAccountRepository userAccountRepository() {
		return mock(UserAccountRepository.class);
	}

	/** The API chain's bearer tokens: a slice knows none, so every token is refused. */
	@Bean
	ApiTokens apiTokens() {
		ApiTokens tokens = mock(ApiTokens.class);
		when(tokens.authenticate(anyString())).thenThrow(new TokenRefusedException(TokenRefusedException.MALFORMED));
		return tokens;
	}

	@Bean
	BasicCredentialCache basicCredentialCache(java.time.Clock clock) {
		return new BasicCredentialCache(clock);
	}

	@Bean
	java.time.Clock clock() {
		return java.time.Clock.system(id.spbe.common.Wib.ZONE);
	}
}
