package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.spbe.common.AuditEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * HTTP Basic without a bcrypt on every call: the hash is checked once per name and password within
 * {@link BasicCredentialCache#KEEP}, and again after a password change, a wrong password, a lock or
 * when the time is up; a deactivated account is refused even with a remembered pair.
 */
class BasicCredentialCacheTest {

	static final String PASSWORD = "kuda laut terbang pelan 47";

	final AtomicInteger hashChecks = new AtomicInteger();
	final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
	final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return real.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			hashChecks.incrementAndGet();
			return real.matches(raw, encoded);
		}
	};
	final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T03:00:00Z"));
	final Clock clock = new Clock() {
		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Jakarta");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now.get();
		}
	};

	UserAccount account;
	BasicCredentialCache cache;
	ThrottledAuthenticationProvider provider;

	@BeforeEach
	void setUp() {
		account = new UserAccount("skrip", real.encode(PASSWORD), "Skrip", Role.ASSESSOR, null, null, now.get());
		ReflectionTestUtils.setField(account, "id", 7L);
		AccountUserDetailsService users = mock(AccountUserDetailsService.class);
		when(users.loadUserByUsername(anyString())).thenAnswer(i -> new CurrentUser(account, now.get()));
		LoginAttempts attempts = mock(LoginAttempts.class);
		cache = new BasicCredentialCache(clock);
		provider = new ThrottledAuthenticationProvider(users, counting, attempts, cache);
	}

	Authentication signIn(String password) {
		return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("skrip", password));
	}

	@Test
	void aVerifiedPairSkipsTheHashUntilItsTimeIsUp() {
		assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
		assertThat(hashChecks).hasValue(1);
		for (int i = 0; i < 5; i++) {
			assertThat(((CurrentUser) signIn(PASSWORD).getPrincipal()).getId()).isEqualTo(7L);
		}
		assertThat(hashChecks).hasValue(1);
		now.set(now.get().plus(BasicCredentialCache.KEEP));
		signIn(PASSWORD);
		assertThat(hashChecks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsAlwaysCheckedAndRefused() {
		signIn(PASSWORD);
		assertThatThrownBy(() -> signIn("salah")).isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> signIn("salah")).isInstanceOf(BadCredentialsException.class);
		assertThat(hashChecks).hasValue(3);
	}

	@Test
	void aChangedPasswordRefusesTheRememberedOneEvenWithoutAnEvent() {
		signIn(PASSWORD);
		// as when another node changed it: only the stored hash differs
		account.changePassword(real.encode("kata sandi baru yang panjang"), now.get());
		assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(BadCredentialsException.class);
		assertThat(hashChecks).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void aDeactivatedOrLockedAccountIsNotServedFromTheCache() {
		signIn(PASSWORD);
		account.setEnabled(false);
		assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(BadCredentialsException.class);
		assertThat(hashChecks).hasValue(2);
		account.setEnabled(true);
		account.recordFailedLogin(now.get(), 1, Duration.ofMinutes(15));
		// locked: the full check decides (here, from a clean address, the right password passes)
		signIn(PASSWORD);
		assertThat(hashChecks).hasValue(3);
	}

	@Test
	void theAccountsEventsDropItsPairs() {
		signIn(PASSWORD);
		assertThat(cache.size()).isEqualTo(1);
		cache.on(AuditEvent.of("USER_CHANGED", "agency", 7L, null, null));
		assertThat(cache.size()).isEqualTo(1);
		for (String action : BasicCredentialCache.FORGET_ON) {
			signIn(PASSWORD);
			assertThat(cache.size()).as(action).isEqualTo(1);
			cache.on(AuditEvent.of(action, "user", 7L, null, null));
			assertThat(cache.size()).as(action).isZero();
		}
	}
}
