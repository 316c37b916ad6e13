package id.spbe.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.env.MockEnvironment;

class AdminBootstrapTest {

	private final UserAccounts accounts = mock(UserAccounts.class);

	private static DemoMode demoMode(boolean externalDatabase, String... profiles) {
		MockEnvironment env = new MockEnvironment();
		if (externalDatabase) {
			env.setProperty("spring.datasource.url", "jdbc:postgresql://db:5432/spbe");
		}
		env.setActiveProfiles(profiles);
		return new DemoMode(env);
	}

	@Test
	void demoModeIsOnWithTheEmbeddedDatabaseOrTheDemoProfileAndOffWithAnExternalOne() {
		assertThat(demoMode(false).isEnabled()).isTrue();
		assertThat(demoMode(true).isEnabled()).isFalse();
		assertThat(demoMode(true, "demo").isEnabled()).isTrue();
		MockEnvironment forcedOff = new MockEnvironment().withProperty("spbe.demo", "false");
		assertThat(new DemoMode(forcedOff).isEnabled()).isFalse();
	}

	@Test
	void firstStartOutsideDemoModeCreatesAdminWithTheConfiguredPassword() {
		new AdminBootstrap(demoMode(true), accounts, "s3cret-from-env").run();

		verify(accounts).createIfAbsent(eq("admin"), eq("s3cret-from-env"), anyString(), eq(Role.ADMIN), isNull());
		// it sat in an environment variable: the administrator must choose their own at the first sign-in
		verify(accounts).requirePasswordChange("admin");
	}

	@Test
	void withoutAConfiguredPasswordOneIsGenerated() {
		new AdminBootstrap(demoMode(true), accounts, "").run();

		ArgumentCaptor<String> password = ArgumentCaptor.forClass(String.class);
		verify(accounts).createIfAbsent(eq("admin"), password.capture(), anyString(), eq(Role.ADMIN), isNull());
		assertThat(password.getValue()).hasSize(20).isNotEqualTo("demo");
		verify(accounts).requirePasswordChange("admin");
	}

	@Test
	void laterStartsAndDemoModeCreateNothing() {
		when(accounts.exists("admin")).thenReturn(true);
		new AdminBootstrap(demoMode(true), accounts, "x").run();
		new AdminBootstrap(demoMode(false), mock(UserAccounts.class), "x").run();

		verify(accounts, never()).createIfAbsent(anyString(), anyString(), anyString(), any(), any());
		verify(accounts, never()).requirePasswordChange(anyString());
	}
}
