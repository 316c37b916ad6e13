package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Enumeration and throttling of sign-in (pages and API): one answer for unknown user, wrong
 * password and locked account; a throttled address does not keep the administrator out; names with
 * a NUL are refused before the database; CSRF tokens only from the body or header.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SignInEnumerationAndThrottlingTest {

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;
	@Autowired
	UserAccounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	org.springframework.context.MessageSource messages;

	/** A client address no other test uses, so the per-address counts do not mix. */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static String freshAddress() {
		return "10.77." + (NEXT_ADDRESS.get() / 250) + "." + (NEXT_ADDRESS.getAndIncrement() % 250 + 1);
	}

	/** The login form as a browser sends it, from the given address. */
	private static MockHttpServletRequestBuilder signIn(String name, String password, String address) {
		return post("/login").param("username", name).param("password", password).with(csrf()).with(from(address));
	}

	private String freshLogin(Role role) {
		String name = "uji" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(name, "benar-sekali", "Uji masuk", role, null);
		return name;
	}

	private void lock(String name, String address) throws Exception {
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			mvc.perform(signIn(name, "salah" + i, address))
					.andExpect(redirectedUrl("/login?error"));
		}
	}

	private String apiAnswer(String name, String password, String address) throws Exception {
		return mvc.perform(get("/api/instruments").with(httpBasic(name, password)).with(from(address))
				.header("Accept-Language", "en"))
				.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void unknownUserWrongPasswordAndLockedAccountGetTheSameAnswer() throws Exception {
		String name = freshLogin(Role.ASSESSOR);
		String attacker = freshAddress();
		lock(name, attacker);

		// pages: one redirect target, so one generic message on the login page
		mvc.perform(signIn("tidak-ada-" + UUID.randomUUID(), "x", freshAddress()))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(signIn(name, "salah", attacker))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(signIn(name, "benar-sekali", attacker))
				.andExpect(redirectedUrl("/login?error"));
		String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(messages.getMessage("login.error", null, java.util.Locale.forLanguageTag("id")))
				.doesNotContain("dikunci");

		// API: same status and JSON message
		String unknown = apiAnswer("tidak-ada-" + UUID.randomUUID(), "x", freshAddress());
		String wrong = apiAnswer(name, "salah", attacker);
		String locked = apiAnswer(name, "benar-sekali", attacker);
		assertThat(wrong).isEqualTo(unknown);
		assertThat(locked).isEqualTo(unknown);
	}

	@Test
	void anAttackerCannotLockTheAdministratorOut() throws Exception {
		String admin = freshLogin(Role.ADMIN);
		String other = freshLogin(Role.ASSESSOR);
		String attacker = freshAddress();
		for (int i = 0; i < LoginAttempts.MAX_ADDRESS_FAILURES; i++) {
			mvc.perform(signIn(admin, "salah" + i, attacker))
					.andExpect(redirectedUrl("/login?error"));
		}
		// the attacker's address is throttled: even a right password is not checked
		mvc.perform(signIn(other, "benar-sekali", attacker))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/instruments").with(httpBasic(other, "benar-sekali")).with(from(attacker)))
				.andExpect(status().isUnauthorized());

		// the administrator's own address has no failures: the locked account still signs in
		mvc.perform(get("/api/instruments").with(httpBasic(admin, "benar-sekali")).with(from(freshAddress())))
				.andExpect(status().isOk());
		mvc.perform(signIn(admin, "benar-sekali", "10.0.0.2"))
				.andExpect(redirectedUrl("/"));
	}

	@Test
	void aLockedAccountStaysLockedForAnAddressThatGotItWrong() throws Exception {
		String name = freshLogin(Role.ASSESSOR);
		String address = freshAddress();
		lock(name, address);
		mvc.perform(signIn(name, "benar-sekali", address))
				.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aNulInTheUsernameIsRefusedWithoutAnErrorInTheLog(CapturedOutput output) throws Exception {
		String address = freshAddress();
		mvc.perform(signIn("adm\u0000in", "demo", address))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(signIn("ad\u0007min", "demo", address))
				.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/instruments").with(httpBasic("adm\u0000in", "demo")).with(from(address)))
				.andExpect(status().isUnauthorized());
		assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("PSQLException")
				.doesNotContain("InternalAuthenticationServiceException");
	}

	@Test
	void aCsrfTokenInTheQueryStringIsRefused() throws Exception {
		MvcResult login = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		String token = ((CsrfToken) login.getRequest().getAttribute(CsrfToken.class.getName())).getToken();
		var coordinator = user(users.loadUserByUsername("koordinator"));

		mvc.perform(post("/evaluations/1/submit?_csrf=" + token).cookie(session).with(coordinator))
				.andExpect(status().isForbidden());
		mvc.perform(post("/logout?_csrf=" + token).cookie(session).with(coordinator))
				.andExpect(status().isForbidden());
		// the same token in the form body is accepted
		mvc.perform(post("/logout").param("_csrf", token).cookie(session).with(coordinator))
				.andExpect(redirectedUrl("/login?logout"));
	}
}
