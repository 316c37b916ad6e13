package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.common.AuditEvent;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrator's user management through the API and the pages: create, change, refusals, events. */
@IntegrationTest
@RecordApplicationEvents
class UserAdministrationTest {

	static final String STRONG = "kuda laut terbang pelan 47";

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Agencies agencies;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	ApplicationEvents events;

	private final JsonMapper json = JsonMapper.builder().build();

	static String fresh(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	private long agency() {
		return agencies.findOrCreate("Pemerintah Kota Pengguna " + UUID.randomUUID(), AgencyType.KOTA, "Uji").id();
	}

	private int count(String username) {
		return jdbc.queryForObject("select count(*) from user_account where lower(username) = lower(?)", Integer.class,
				username);
	}

	private JsonNode create(String body) throws Exception {
		String answer = mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).contentType("application/json")
				.content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return json.readTree(answer);
	}

	private long audited(String action, String username) {
		return events.stream(AuditEvent.class)
				.filter(e -> e.action().equals(action) && e.detail() != null && e.detail().startsWith(username)).count();
	}

	@Test
	void anAdministratorCreatesListsAndChangesAUserThroughTheApi() throws Exception {
		long agency = agency();
		long unit = agencies.findOrCreateUnit(agency, "Diskominfo").id();
		String name = fresh("koor");
		JsonNode created = create("{\"username\": \"" + name + "\", \"displayName\": \"Koordinator Baru\", "
				+ "\"role\": \"AGENCY_COORDINATOR\", \"agencyId\": " + agency + ", \"unitId\": " + unit
				+ ", \"password\": \"" + STRONG + "\"}");
		long id = created.get("id").asLong();
		assertThat(created.get("mustChangePassword").asBoolean()).isTrue();
		assertThat(created.get("unitId").asLong()).isEqualTo(unit);
		assertThat(created.has("passwordHash")).isFalse();
		assertThat(audited("USER_CREATED", name)).isEqualTo(1);

		mvc.perform(get("/api/users").param("q", name).with(user(fixtures.login("admin"))))
				.andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
				.andExpect(jsonPath("$.users[0].username").value(name))
				.andExpect(jsonPath("$.users[0].agencyId").value(agency));
		mvc.perform(get("/api/users").param("agency", "" + agency).param("role", "AGENCY_COORDINATOR")
				.with(user(fixtures.login("admin")))).andExpect(jsonPath("$.total").value(1));

		// an operator now, of the same agency, renamed; the other fields stay
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"displayName\": \"Operator Baru\", \"role\": \"AGENCY_OPERATOR\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.role").value("AGENCY_OPERATOR"))
				.andExpect(jsonPath("$.displayName").value("Operator Baru")).andExpect(jsonPath("$.unitId").value(unit));
		assertThat(audited("ROLE_CHANGED", name)).isEqualTo(1);
		assertThat(audited("USER_CHANGED", name)).isEqualTo(1);

		// an assessor from a university: no agency, an institution
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"role\": \"ASSESSOR\", \"agencyId\": null, \"unitId\": null, \"institution\": \"Universitas Uji\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.institution").value("Universitas Uji"));
		assertThat(jdbc.queryForObject("select institution from user_account where id = ?", String.class, id))
				.isEqualTo("Universitas Uji");

		// deactivate, reactivate; a new temporary password
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"enabled\": false}")).andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"enabled\": true, \"password\": \"lumba lumba menari 1998 pagi\"}"))
				.andExpect(jsonPath("$.enabled").value(true)).andExpect(jsonPath("$.mustChangePassword").value(true));
		assertThat(audited("USER_DEACTIVATED", name)).isEqualTo(1);
		assertThat(audited("USER_REACTIVATED", name)).isEqualTo(1);
		assertThat(audited("PASSWORD_RESET", name)).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedWithItsMessageAndNothingIsStored() throws Exception {
		long agency = agency();
		String name = fresh("op");
		String[][] cases = {
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"KEPALA\", \"agencyId\": " + agency
						+ ", \"password\": \"" + STRONG + "\"}", "Unknown role: \"KEPALA\"" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"AGENCY_OPERATOR\", \"password\": \""
						+ STRONG + "\"}", "need an agency" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"AGENCY_OPERATOR\", \"agencyId\": 999999999, \"password\": \""
						+ STRONG + "\"}", "Agency 999999999 does not exist" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"ADMIN\", \"agencyId\": " + agency
						+ ", \"password\": \"" + STRONG + "\"}", "belong to no agency" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"AGENCY_OPERATOR\", \"agencyId\": "
						+ agency + ", \"institution\": \"UI\", \"password\": \"" + STRONG + "\"}", "assessors only" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"ASSESSOR\", \"password\": \"password1234\"}",
						"too easy to guess" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"ASSESSOR\", \"password\": \"short\"}",
						"at least 12 characters" },
				{ "{\"username\": \"admin\", \"displayName\": \"X\", \"role\": \"ASSESSOR\", \"password\": \"" + STRONG + "\"}",
						"The username admin is taken" },
				{ "{\"username\": \"ADMIN\", \"displayName\": \"X\", \"role\": \"ASSESSOR\", \"password\": \"" + STRONG + "\"}",
						"The username ADMIN is taken" },
				{ "{\"username\": \"a b\", \"displayName\": \"X\", \"role\": \"ASSESSOR\", \"password\": \"" + STRONG + "\"}",
						"no spaces" },
				{ "{\"username\": \"" + name + "\", \"displayName\": \"X\", \"role\": \"ASSESSOR\", \"agencyId\": \"1\", \"password\": \""
						+ STRONG + "\"}", "must be an id" } };
		for (String[] c : cases) {
			mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).header("Accept-Language", "en")
					.contentType("application/json").content(c[0])).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message", org.hamcrest.Matchers.containsString(c[1])));
		}
		assertThat(count(name)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from user_account where username = 'ADMIN'", Integer.class)).isZero();
	}

	@Test
	void thePageCreatesAUserAndARefusedFormKeepsWhatWasTyped() throws Exception {
		long agency = agency();
		String name = fresh("koor");
		MvcResult refused = mvc.perform(post("/admin/users").with(user(fixtures.login("admin"))).with(csrf())
				.param("username", name).param("displayName", "Siti Aminah").param("role", "AGENCY_COORDINATOR")
				.param("agencyId", "" + agency).param("password", "SitiAminah2026"))
				.andExpect(status().isOk()).andReturn();
		assertThat(Refusals.messages(messages, refused, "userForm"))
				.containsExactly(messages.getMessage("password.error.personal", null, java.util.Locale.forLanguageTag("id")));
		String page = refused.getResponse().getContentAsString();
		assertThat(page).contains("value=\"" + name + "\"").contains("value=\"Siti Aminah\"")
				.doesNotContain("SitiAminah2026");
		assertThat(count(name)).isZero();

		MvcResult created = mvc.perform(post("/admin/users").with(user(fixtures.login("admin"))).with(csrf())
				.param("username", name).param("displayName", "Siti Aminah").param("role", "AGENCY_COORDINATOR")
				.param("agencyId", "" + agency).param("password", STRONG))
				.andExpect(status().is3xxRedirection()).andReturn();
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
		assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + id);
		assertThat(jdbc.queryForObject("select must_change_password from user_account where id = ?", Boolean.class, id))
				.isTrue();
		mvc.perform(get("/admin/users/{id}", id).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("Siti Aminah")));
		mvc.perform(get("/admin/users").param("q", name).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("/admin/users/" + id)));
	}
}
