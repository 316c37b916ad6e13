package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.common.AuditEvent;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks after wrong passwords are seen and lifted by administrators, each lock and unlock recorded;
 * nobody deactivates or demotes themselves or the last active administrator.
 */
@IntegrationTest
@RecordApplicationEvents
class LockAndDeactivationTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	UserAccounts accounts;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	ApplicationEvents events;

	private String fresh(Role role) {
		String name = "kunci" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createIfAbsent(name, "benar-sekali", "Uji Kunci", role, null);
		return name;
	}

	private long id(String name) {
		return jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
	}

	private List<AuditEvent> audited(String action, String objectId) {
		return events.stream(AuditEvent.class).filter(e -> e.action().equals(action) && objectId.equals(e.objectId()))
				.toList();
	}

	@Test
	void aLockIsRecordedShownToTheAdministratorAndLiftedByThem() throws Exception {
		String name = fresh(Role.ASSESSOR);
		long id = id(name);
		for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
			mvc.perform(post("/login").param("username", name).param("password", "salah" + i).with(csrf())
					.with(r -> {
						r.setRemoteAddr("10.99.1.1");
						return r;
					})).andExpect(redirectedUrl("/login?error"));
		}
		assertThat(audited("SIGN_IN_FAILED", "" + id)).hasSize(LoginAttempts.MAX_FAILURES)
				.allSatisfy(e -> assertThat(e.actor()).isEqualTo(name));
		assertThat(audited("ACCOUNT_LOCKED", "" + id)).hasSize(1);

		mvc.perform(get("/api/users").param("locked", "true").param("q", name).with(user(fixtures.login("admin"))))
				.andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.users[0].locked").value(true));
		mvc.perform(get("/admin/users/{id}", id).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("data-testid=\"unlock\"")));

		mvc.perform(post("/api/users/{id}/unlock", id).with(user(fixtures.login("admin"))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.locked").value(false));
		assertThat(audited("ACCOUNT_UNLOCKED", "" + id)).hasSize(1)
				.allSatisfy(e -> assertThat(e.actor()).as("the administrator, the signed-in user").isNull());
		mvc.perform(get("/api/users").param("locked", "true").param("q", name).with(user(fixtures.login("admin"))))
				.andExpect(jsonPath("$.total").value(0));
		// the attacker's address is still throttled for the account, but the lock is gone: a clean address signs in
		mvc.perform(post("/login").param("username", name).param("password", "benar-sekali").with(csrf())
				.with(r -> {
					r.setRemoteAddr("10.99.1.2");
					return r;
				})).andExpect(redirectedUrl("/"));
		assertThat(audited("SIGN_IN", "" + id)).hasSize(1);
	}

	@Test
	void thePageUnlocksToo() throws Exception {
		String name = fresh(Role.ASSESSOR);
		long id = id(name);
		jdbc.update("update user_account set locked_until = now() + interval '10 minutes' where id = ?", id);
		mvc.perform(post("/admin/users/{id}/unlock", id).with(user(fixtures.login("admin"))).with(csrf()))
				.andExpect(redirectedUrl("/admin/users/" + id));
		assertThat(jdbc.queryForObject("select locked_until from user_account where id = ?", Object.class, id)).isNull();
		assertThat(audited("ACCOUNT_UNLOCKED", "" + id)).hasSize(1);
	}

	@Test
	void nobodyDeactivatesOrDemotesThemselves() throws Exception {
		String admin = fresh(Role.ADMIN);
		long id = id(admin);
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login(admin))).header("Accept-Language", "en")
				.contentType("application/json").content("{\"enabled\": false}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("You cannot deactivate your own account."));
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login(admin))).header("Accept-Language", "en")
				.contentType("application/json").content("{\"role\": \"ASSESSOR\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value("You cannot take away your own administrator role."));
		MvcResult page = mvc.perform(post("/admin/users/{id}/deactivate", id).with(user(fixtures.login(admin))).with(csrf()))
				.andExpect(redirectedUrl("/admin/users/" + id)).andReturn();
		assertThat(Refusals.messages(messages, page, "statusForm"))
				.containsExactly(messages.getMessage("users.error.selfDeactivate", null, Locale.forLanguageTag("id")));
		assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, id)).isTrue();
		assertThat(jdbc.queryForObject("select role from user_account where id = ?", String.class, id)).isEqualTo("ADMIN");
		assertThat(audited("USER_DEACTIVATED", "" + id)).isEmpty();
	}

	/** In a transaction rolled back at the end, so the other administrators are deactivated for this test only. */
	@Test
	@Transactional
	void theLastActiveAdministratorStays() throws Exception {
		String actor = fresh(Role.ADMIN);
		String last = fresh(Role.ADMIN);
		CurrentUser signedIn = fixtures.login(actor);
		// everyone else, the acting administrator included, is deactivated meanwhile
		jdbc.update("update user_account set enabled = false where role = 'ADMIN' and username <> ?", last);
		long id = id(last);
		mvc.perform(put("/api/users/{id}", id).with(user(signedIn)).header("Accept-Language", "en")
				.contentType("application/json").content("{\"enabled\": false}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value(
						"This is the last active administrator: activate or create another administrator first."));
		mvc.perform(put("/api/users/{id}", id).with(user(signedIn)).contentType("application/json")
				.content("{\"role\": \"ASSESSOR\"}")).andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select enabled and role = 'ADMIN' from user_account where id = ?", Boolean.class, id))
				.isTrue();
	}
}
