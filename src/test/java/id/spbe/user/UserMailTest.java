package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * Administrators set a user's e-mail address and language on the user form, through
 * {@code /api/users} and in the CSV import, by the same rule as everyone's own settings
 * ({@code common.EmailAddress}): a bad address or language is refused on its field, line and column,
 * in the user's language, and nothing is stored.
 */
@IntegrationTest
@RecordApplicationEvents
class UserMailTest {

	static final String STRONG = UserAdministrationTest.STRONG;
	static final String EN_EMAIL = "Not a valid e-mail address (one address such as name@agency.go.id, at most 254 characters).";
	static final String ID_EMAIL = "Alamat e-mail tidak sah (satu alamat seperti nama@instansi.go.id, paling banyak 254 karakter).";
	/** As JSON string contents: a line break with a header after it, two addresses, a name with the address, too long. */
	static final String[] BAD_JSON = { "op@uji.go.id\\r\\nBcc: semua@contoh.id", "a@uji.go.id, b@uji.go.id",
			"Budi Santoso <budi@uji.go.id>", "x".repeat(250) + "@uji.go.id" };

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

	private Map<String, Object> mail(String username) {
		return jdbc.queryForMap("select email, preferred_language from user_account where username = ?", username);
	}

	private int count(String username) {
		return jdbc.queryForObject("select count(*) from user_account where username = ?", Integer.class, username);
	}

	private String detail(String action, String username) {
		return events.stream(AuditEvent.class).filter(e -> e.action().equals(action) && e.detail().startsWith(username + ":"))
				.map(AuditEvent::detail).reduce((a, b) -> b).orElse(null);
	}

	private static String body(String username, String email, String language) {
		return "{\"username\": \"" + username + "\", \"displayName\": \"Asesor Surel\", \"role\": \"ASSESSOR\", \"password\": \""
				+ STRONG + "\"" + (email == null ? "" : ", \"email\": \"" + email + "\"")
				+ (language == null ? "" : ", \"language\": \"" + language + "\"") + "}";
	}

	@Test
	void theApiCreatesShowsAndChangesTheAddressAndLanguageWithAuditEvents() throws Exception {
		String name = UserAdministrationTest.fresh("mail");
		String answer = mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).contentType("application/json")
				.content(body(name, " asesor@univ.ac.id ", "EN"))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.email").value("asesor@univ.ac.id")).andExpect(jsonPath("$.language").value("en"))
				.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(com.jayway.jsonpath.JsonPath.read(answer, "$.id").toString());
		assertThat(mail(name)).containsEntry("email", "asesor@univ.ac.id").containsEntry("preferred_language", "en");
		assertThat(detail("USER_CREATED", name)).contains("email asesor@univ.ac.id, language en");
		mvc.perform(get("/api/users").param("q", name).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(jsonPath("$.users[0].email").value("asesor@univ.ac.id"))
				.andExpect(jsonPath("$.users[0].language").value("en"));

		// a change that does not name them keeps them
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"displayName\": \"Asesor Baru\"}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.email").value("asesor@univ.ac.id")).andExpect(jsonPath("$.language").value("en"));
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"email\": \"baru@univ.ac.id\", \"language\": \"id\"}")).andExpect(status().isOk());
		assertThat(mail(name)).containsEntry("email", "baru@univ.ac.id").containsEntry("preferred_language", "id");
		assertThat(detail("USER_CHANGED", name)).contains("email asesor@univ.ac.id -> baru@univ.ac.id")
				.contains("language en -> id");
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"email\": \"\"}")).andExpect(status().isOk()).andExpect(jsonPath("$.email").doesNotExist());
		assertThat(mail(name).get("email")).isNull();
		assertThat(detail("USER_CHANGED", name)).contains("email baru@univ.ac.id -> -");
	}

	@Test
	void theApiRefusesBadAddressesAndLanguagesInBothLanguagesAndStoresNothing() throws Exception {
		String name = UserAdministrationTest.fresh("mailx");
		for (String bad : BAD_JSON) {
			mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).header("Accept-Language", "en")
					.contentType("application/json").content(body(name, bad, "id"))).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value(EN_EMAIL));
			mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).contentType("application/json")
					.content(body(name, bad, "id"))).andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value(ID_EMAIL));
		}
		mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).header("Accept-Language", "en")
				.contentType("application/json").content(body(name, "a@uji.go.id", "fr"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Choose the language id or en."));
		mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).contentType("application/json")
				.content(body(name, "a@uji.go.id", "fr"))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Pilih bahasa id atau en."));
		assertThat(count(name)).isZero();

		mvc.perform(post("/api/users").with(user(fixtures.login("admin"))).contentType("application/json")
				.content(body(name, "tetap@uji.go.id", null))).andExpect(status().isCreated())
				.andExpect(jsonPath("$.language").value("id"));
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
		for (String bad : BAD_JSON) {
			mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).header("Accept-Language", "en")
					.contentType("application/json").content("{\"displayName\": \"Ganti\", \"email\": \"" + bad + "\"}"))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(EN_EMAIL));
		}
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"email\": [\"a@uji.go.id\", \"b@uji.go.id\"]}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/users/{id}", id).with(user(fixtures.login("admin"))).contentType("application/json")
				.content("{\"language\": \"jv\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Pilih bahasa id atau en."));
		assertThat(mail(name)).containsEntry("email", "tetap@uji.go.id").containsEntry("preferred_language", "id");
		assertThat(jdbc.queryForObject("select full_name from user_account where id = ?", String.class, id))
				.isEqualTo("Asesor Surel");
	}

	@Test
	void thePageRefusesABadAddressBesideItsFieldKeepsWhatWasTypedAndSavesAGoodOne() throws Exception {
		String name = UserAdministrationTest.fresh("mailp");
		String typed = "Budi <budi@uji.go.id>";
		MvcResult refused = mvc.perform(post("/admin/users").with(user(fixtures.login("admin"))).with(csrf())
				.param("username", name).param("displayName", "Budi Santoso").param("role", "ASSESSOR")
				.param("password", STRONG).param("email", typed).param("language", "en"))
				.andExpect(status().isOk()).andReturn();
		BindingResult errors = Refusals.of(refused, "userForm");
		assertThat(errors.getFieldErrors()).singleElement()
				.satisfies(e -> assertThat(e.getField()).isEqualTo("email"));
		assertThat(Refusals.messages(messages, refused, "userForm")).containsExactly(ID_EMAIL);
		assertThat(refused.getResponse().getContentAsString()).contains("value=\"Budi &lt;budi@uji.go.id&gt;\"")
				.contains(ID_EMAIL).containsPattern("<option value=\"en\" selected=\"selected\"");
		assertThat(count(name)).isZero();

		// English pages: the same refusal in English, a language outside id/en beside its field
		MvcResult english = mvc.perform(post("/admin/users").with(user(fixtures.login("admin"))).with(csrf())
				.cookie(new Cookie("SPBE_LANG", "en")).param("username", name).param("displayName", "Budi Santoso")
				.param("role", "ASSESSOR").param("password", STRONG).param("email", "budi@uji.go.id\r\nBcc: x@contoh.id")
				.param("language", "fr")).andExpect(status().isOk()).andReturn();
		assertThat(Refusals.of(english, "userForm").getFieldErrors()).extracting(e -> e.getField())
				.containsExactly("email", "language");
		assertThat(english.getResponse().getContentAsString()).contains(EN_EMAIL).contains("Choose the language id or en.");
		assertThat(count(name)).isZero();

		mvc.perform(post("/admin/users").with(user(fixtures.login("admin"))).with(csrf()).param("username", name)
				.param("displayName", "Budi Santoso").param("role", "ASSESSOR").param("password", STRONG)
				.param("email", "budi@uji.go.id").param("language", "en")).andExpect(status().is3xxRedirection());
		assertThat(mail(name)).containsEntry("email", "budi@uji.go.id").containsEntry("preferred_language", "en");
		long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, name);
		mvc.perform(get("/admin/users/{id}", id).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("value=\"budi@uji.go.id\"")));
		mvc.perform(get("/admin/users").param("q", name).with(user(fixtures.login("admin")))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("budi@uji.go.id")));

		// an edit with a bad address changes nothing, not even the name typed with it
		String tooLong = "b".repeat(250) + "@uji.go.id";
		MvcResult edit = mvc.perform(post("/admin/users/{id}", id).with(user(fixtures.login("admin"))).with(csrf())
				.param("displayName", "Budi Baru").param("role", "ASSESSOR").param("email", tooLong).param("language", "id"))
				.andExpect(status().isOk()).andReturn();
		assertThat(Refusals.messages(messages, edit, "userForm")).containsExactly(ID_EMAIL);
		assertThat(edit.getResponse().getContentAsString()).contains("value=\"" + tooLong + "\"").contains("value=\"Budi Baru\"");
		assertThat(mail(name)).containsEntry("email", "budi@uji.go.id").containsEntry("preferred_language", "en");
		mvc.perform(post("/admin/users/{id}", id).with(user(fixtures.login("admin"))).with(csrf())
				.param("displayName", "Budi Santoso").param("role", "ASSESSOR").param("email", "").param("language", "id"))
				.andExpect(status().is3xxRedirection());
		assertThat(mail(name)).containsEntry("preferred_language", "id").containsEntry("email", null);
		assertThat(detail("USER_CHANGED", name)).isEqualTo(name + ": email budi@uji.go.id -> -, language en -> id");
	}

	@Test
	void theCsvImportTakesAddressesAndLanguagesAndStillTakesOldFiles() throws Exception {
		AgencyView a = agencies.findOrCreate("Pemerintah Kota Surel " + UUID.randomUUID(), AgencyType.KOTA, "Uji");
		String tag = "csvm" + UUID.randomUUID().toString().substring(0, 6);
		String csv = "username,displayName,role,agency,password,email,language\n"
				+ tag + "a,Operator Satu,AGENCY_OPERATOR,\"" + a.name() + "\"," + STRONG + ",satu@kota.go.id,en\n"
				+ tag + "b,Operator Dua,AGENCY_OPERATOR,\"" + a.name() + "\"," + STRONG + ",,\n";
		mvc.perform(post("/api/users/import").with(user(fixtures.login("admin"))).contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
		assertThat(mail(tag + "a")).containsEntry("email", "satu@kota.go.id").containsEntry("preferred_language", "en");
		assertThat(mail(tag + "b")).containsEntry("email", null).containsEntry("preferred_language", "id");
		assertThat(detail("USER_CREATED", tag + "a")).contains("email satu@kota.go.id, language en");

		String old = "username,displayName,role,agency,password\n" + tag + "c,Operator Lama,AGENCY_OPERATOR,\"" + a.name()
				+ "\"," + STRONG + "\n";
		mvc.perform(post("/api/users/import").with(user(fixtures.login("admin"))).contentType("text/csv")
				.content(old.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk()).andExpect(jsonPath("$.created").value(1));
		assertThat(mail(tag + "c")).containsEntry("email", null).containsEntry("preferred_language", "id");
	}

	@Test
	void aCsvLineWithABadAddressOrLanguageIsNamedByLineAndColumnInBothLanguagesAndNothingIsStored() throws Exception {
		String tag = "csvx" + UUID.randomUUID().toString().substring(0, 6);
		String csv = "username,displayName,role,password,email,language\n"
				+ tag + "a,Asesor Baik,ASSESSOR," + STRONG + ",baik@univ.ac.id,id\n"                        // 2: fine
				+ tag + "b,Asesor Dua,ASSESSOR," + STRONG + ",\"a@univ.ac.id, b@univ.ac.id\",id\n"          // 3: two
				+ tag + "c,Asesor Nama,ASSESSOR," + STRONG + ",\"Citra <citra@univ.ac.id>\",en\n"           // 4: name
				+ tag + "d,Asesor Baris,ASSESSOR," + STRONG + ",\"d@univ.ac.id\r\nBcc: x@contoh.id\",en\n"  // 5: CRLF
				+ tag + "f,Asesor Bahasa,ASSESSOR," + STRONG + ",f@univ.ac.id,jawa\n";                      // 7: language
		String en = refusal(csv, "en");
		List<String> errors = com.jayway.jsonpath.JsonPath.read(en, "$.errors[*].message");
		assertThat(errors).containsExactly("Line 3, column email: " + EN_EMAIL, "Line 4, column email: " + EN_EMAIL,
				"Line 5, column email: " + EN_EMAIL, "Line 7, column language: Choose the language id or en.");
		List<String> id = com.jayway.jsonpath.JsonPath.read(refusal(csv, "id"), "$.errors[*].message");
		assertThat(id).containsExactly("Baris 3, kolom email: " + ID_EMAIL, "Baris 4, kolom email: " + ID_EMAIL,
				"Baris 5, kolom email: " + ID_EMAIL, "Baris 7, kolom language: Pilih bahasa id atau en.");

		// an address of 254 characters fits a cell; a longer one is refused before any line is checked
		String longest = "e".repeat(60) + "@" + "u".repeat(187) + ".ac.id";
		assertThat(longest).hasSize(254);
		String tooLong = "username,displayName,role,password,email\n" + tag + "g,Asesor Panjang,ASSESSOR," + STRONG + ","
				+ longest + "x\n";
		assertThat((List<String>) com.jayway.jsonpath.JsonPath.read(refusal(tooLong, "en"), "$.errors[*].message"))
				.containsExactly("Line 2, column email: Too long: at most 254 characters.");
		assertThat(jdbc.queryForObject("select count(*) from user_account where username like ?", Integer.class, tag + "%"))
				.isZero();
		assertThat(messages.getMessage("users.import.helpMail", null, Locale.ENGLISH)).contains("email").contains("language");
	}

	private String refusal(String csv, String language) throws Exception {
		return mvc.perform(post("/api/users/import").with(user(fixtures.login("admin"))).header("Accept-Language", language)
				.contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8))).andExpect(status().isBadRequest())
				.andReturn().getResponse().getContentAsString();
	}
}
