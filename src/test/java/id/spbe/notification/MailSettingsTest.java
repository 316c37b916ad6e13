package id.spbe.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Everyone's own e-mail settings: page and API change only the caller's row (a user id in the
 * body is ignored); a bad address (line break, two addresses, too long) or language is refused
 * with a message in the caller's language and changes nothing; the page keeps what was typed.
 */
@IntegrationTest
class MailSettingsTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void apiChangesOnlyTheCallersSettings() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		jdbc.update("update user_account set email = 'koordinator@uji.go.id' where id = ?", a.coordinator().getId());
		mvc.perform(put("/api/me/notification-settings").with(user(a.operator())).contentType("application/json")
				.content("{\"email\": \"operator@uji.go.id\", \"language\": \"en\", \"deadlinesOnly\": true, \"userId\": "
						+ a.coordinator().getId() + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.email").value("operator@uji.go.id"))
				.andExpect(jsonPath("$.deadlinesOnly").value(true));
		assertThat(row(a.operator().getId())).containsEntry("email", "operator@uji.go.id").containsEntry("preferred_language", "en")
				.containsEntry("mail_deadlines_only", true);
		assertThat(row(a.coordinator().getId())).containsEntry("email", "koordinator@uji.go.id")
				.containsEntry("preferred_language", "id").containsEntry("mail_deadlines_only", false);
		mvc.perform(get("/api/me/notification-settings").with(user(a.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.email").value("koordinator@uji.go.id"));
	}

	@Test
	void badAddressesAndLanguagesAreRefusedAndChangeNothing() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		Map<String, Object> before = row(a.operator().getId());
		for (String bad : new String[] { "operator@uji.go.id\\r\\nBcc: semua@contoh.id", "a@b.id, c@d.id",
				"Nama <nama@uji.go.id>", "bukan alamat", "x".repeat(250) + "@uji.go.id" }) {
			mvc.perform(put("/api/me/notification-settings").with(user(a.operator())).header("Accept-Language", "en")
					.contentType("application/json")
					.content("{\"email\": \"" + bad + "\", \"language\": \"id\", \"deadlinesOnly\": false}"))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(
							"Not a valid e-mail address (one address such as name@agency.go.id, at most 254 characters)."));
		}
		mvc.perform(put("/api/me/notification-settings").with(user(a.operator())).contentType("application/json")
				.content("{\"email\": \"op@uji.go.id\", \"language\": \"fr\", \"deadlinesOnly\": false}"))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("Pilih bahasa id atau en."));
		mvc.perform(put("/api/me/notification-settings").with(user(a.operator())).contentType("application/json")
				.content("{\"email\": \"op@uji.go.id\", \"language\": \"id\"}"))
				.andExpect(status().isBadRequest());
		assertThat(row(a.operator().getId())).isEqualTo(before);
	}

	@Test
	void pageKeepsWhatWasTypedOnARefusalAndSavesTheCallersOwn() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		mvc.perform(post("/account/notifications").with(user(a.operator())).with(csrf()).param("email", "salah@@uji")
				.param("language", "en")).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"salah@@uji\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Alamat e-mail tidak sah")));
		assertThat(row(a.operator().getId()).get("email")).isNull();
		mvc.perform(post("/account/notifications").with(user(a.operator())).with(csrf()).param("email", "op@uji.go.id")
				.param("language", "en").param("deadlinesOnly", "true")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/account/notifications"));
		assertThat(row(a.operator().getId())).containsEntry("email", "op@uji.go.id").containsEntry("mail_deadlines_only", true);
		mvc.perform(get("/account/notifications").with(user(a.operator()))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"op@uji.go.id\"")));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MAIL_SETTINGS_CHANGED' and object_id = ?",
				Integer.class, String.valueOf(a.operator().getId()))).isOne();
	}

	private Map<String, Object> row(long userId) {
		return jdbc.queryForMap("select email, preferred_language, mail_deadlines_only from user_account where id = ?", userId);
	}
}
