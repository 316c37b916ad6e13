package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.AuditEvent;
import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Temporary passwords: the user must choose a new one at the next sign-in, on the pages (every
 * page redirects to the change) and in the API (every other call 403 with a message); everyone
 * changes only their own password.
 */
@IntegrationTest
@RecordApplicationEvents
class PasswordChangeTest {

	/** Spring Session's cookie: page sessions live in the database (V19). */
	private static final String SESSION = "SESSION";

	static final String TEMPORARY = "kuda laut terbang pelan 47";
	static final String CHOSEN = "lumba lumba menari 1998 pagi";
	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	PasswordEncoder encoder;
	@Autowired
	ApplicationEvents events;

	/** A client address of its own, so the per-address sign-in counts of other tests do not mix in. */
	private static RequestPostProcessor from() {
		String address = "10.88.0." + ADDRESS.getAndIncrement();
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A new assessor with a temporary password, created by the administrator through the API. */
	private String newUser() throws Exception {
		String name = "sementara" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"username\": \"" + name + "\", \"displayName\": \"Asesor Sementara\", \"role\": \"ASSESSOR\", "
						+ "\"password\": \"" + TEMPORARY + "\"}"))
				.andExpect(status().isCreated());
		return name;
	}

	private String hash(String name) {
		return jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, name);
	}

	@Test
	void theApiRefusesEveryCallButThePasswordChangeUntilTheTemporaryPasswordIsReplaced() throws Exception {
		String name = newUser();
		RequestPostProcessor address = from();
		for (var call : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
				get("/api/evaluations"), get("/api/instruments"), get("/api/users") }) {
			mvc.perform(call.with(httpBasic(name, TEMPORARY)).with(address).header("Accept-Language", "en"))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.message").value(
							"Your password is temporary: change it first with PUT /api/me/password {\"current\", \"new\"}; every other call is refused until then."));
		}
		mvc.perform(put("/api/me/password").with(httpBasic(name, TEMPORARY)).with(address).contentType("application/json")
				.content("{\"current\": \"" + TEMPORARY + "\", \"new\": \"" + CHOSEN + "\"}"))
				.andExpect(status().isOk());
		mvc.perform(get("/api/evaluations").with(httpBasic(name, CHOSEN)).with(address)).andExpect(status().isOk());
		mvc.perform(get("/api/evaluations").with(httpBasic(name, TEMPORARY)).with(address))
				.andExpect(status().isUnauthorized());
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("PASSWORD_CHANGED")
				&& e.detail().equals(name))).hasSize(1);
	}

	@Test
	void thePagesSendTheUserToThePasswordChangeUntilItIsDone() throws Exception {
		String name = newUser();
		RequestPostProcessor address = from();
		Cookie session = mvc.perform(post("/login").param("username", name)
				.param("password", TEMPORARY).with(csrf()).with(address))
				.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie(SESSION);
		for (String page : new String[] { "/", "/instruments", "/evaluations/1" }) {
			mvc.perform(get(page).cookie(session)).andExpect(redirectedUrl("/account/password"));
		}
		mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("data-testid=\"password-required\"")));
		// a weak new password is refused, with its reason, and the pages stay closed
		mvc.perform(post("/account/password").cookie(session).with(csrf()).param("current", TEMPORARY)
				.param("newPassword", "password1234").param("repeat", "password1234"))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
						.attributeHasFieldErrorCode("passwordForm", "newPassword", "password.error.weak"));
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

		org.springframework.web.servlet.FlashMap flash = mvc.perform(post("/account/password").cookie(session).with(csrf())
				.param("current", TEMPORARY).param("newPassword", CHOSEN).param("repeat", CHOSEN))
				.andExpect(redirectedUrl("/")).andReturn().getFlashMap();
		// the home page the change leads to says it was done
		mvc.perform(get("/").cookie(session).flashAttrs(flash)).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("Kata sandi diubah.")));
		assertThat(encoder.matches(CHOSEN, hash(name))).isTrue();
		assertThat(jdbc.queryForObject("select must_change_password from user_account where username = ?", Boolean.class,
				name)).isFalse();
	}

	@Test
	void aUserChangesOnlyTheirOwnPasswordAndMustKnowTheCurrentOne() throws Exception {
		String alice = newUser();
		String bob = newUser();
		String aliceHash = hash(alice);
		String bobHash = hash(bob);
		RequestPostProcessor address = from();
		// Alice, knowing Bob's (temporary) password, still changes nothing of his: the route names no user
		mvc.perform(put("/api/me/password").with(httpBasic(alice, TEMPORARY)).with(address)
				.header("Accept-Language", "en").contentType("application/json")
				.content("{\"username\": \"" + bob + "\", \"current\": \"wrong-current-password\", \"new\": \"" + CHOSEN + "\"}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("The current password is wrong."));
		mvc.perform(put("/api/me/password").with(httpBasic(alice, TEMPORARY)).with(address)
				.header("Accept-Language", "en").contentType("application/json")
				.content("{\"current\": \"" + TEMPORARY + "\", \"new\": \"AsesorSementara1\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("This password is built from your name or username: choose one without them."));
		mvc.perform(put("/api/me/password").with(httpBasic(alice, TEMPORARY)).with(address)
				.header("Accept-Language", "en").contentType("application/json")
				.content("{\"current\": \"" + TEMPORARY + "\", \"new\": \"" + TEMPORARY + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("The new password must differ from the current one."));
		assertThat(hash(alice)).isEqualTo(aliceHash);
		assertThat(hash(bob)).isEqualTo(bobHash);

		mvc.perform(put("/api/me/password").with(httpBasic(alice, TEMPORARY)).with(address).contentType("application/json")
				.content("{\"current\": \"" + TEMPORARY + "\", \"new\": \"" + CHOSEN + "\"}")).andExpect(status().isOk());
		assertThat(encoder.matches(CHOSEN, hash(alice))).isTrue();
		assertThat(hash(bob)).isEqualTo(bobHash);
	}

	/** A signed-in page session follows what the administrator changes, from the next request on. */
	@Test
	void aPageSessionFollowsTheAccountsChanges() throws Exception {
		String name = newUser();
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
		jdbc.update("update user_account set must_change_password = false where id = ?", id);
		RequestPostProcessor address = from();
		Cookie session = mvc.perform(post("/login").param("username", name)
				.param("password", TEMPORARY).with(csrf()).with(address)).andExpect(redirectedUrl("/")).andReturn()
				.getResponse().getCookie(SESSION);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		// a temporary password set meanwhile holds the session at the password change
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"password\": \"" + CHOSEN + "\"}")).andExpect(status().isOk());
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));

		// deactivated: signed out
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"enabled\": false}")).andExpect(status().isOk());
		mvc.perform(get("/account/password").cookie(session)).andExpect(redirectedUrl("/login?expired"));
		// the session is gone from the database, so no instance knows it any more
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class, name))
				.isZero();
		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRoleChangeEndsThePageSession() throws Exception {
		String name = newUser();
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
		jdbc.update("update user_account set must_change_password = false where id = ?", id);
		Cookie session = mvc.perform(post("/login").param("username", name)
				.param("password", TEMPORARY).with(csrf()).with(from())).andExpect(redirectedUrl("/")).andReturn()
				.getResponse().getCookie(SESSION);
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"role\": \"ADMIN\"}")).andExpect(status().isOk());
		mvc.perform(get("/admin/users").cookie(session)).andExpect(redirectedUrl("/login?expired"));
	}
}
