package id.spbe.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The CSV import of users: all or nothing, every error by line and column. */
@IntegrationTest
class UserImportTest {

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

	private AgencyView agency() {
		AgencyView a = agencies.findOrCreate("Pemerintah Kabupaten Impor " + UUID.randomUUID(), AgencyType.KABUPATEN, "Uji");
		agencies.findOrCreateUnit(a.id(), "Dinas Komunikasi dan Informatika");
		return a;
	}

	private int users(String tag) {
		return jdbc.queryForObject("select count(*) from user_account where username like ?", Integer.class, tag + "%");
	}

	private static String header() {
		return "username,displayName,role,agency,unit,institution,password\n";
	}

	private static String line(String username, String name, String role, String agency, String unit, String institution,
			String password) {
		return String.join(",", username, name, role, agency == null ? "" : "\"" + agency + "\"", unit == null ? "" : unit,
				institution == null ? "" : institution, password) + "\n";
	}

	@Test
	void aGoodFileCreatesEveryUserWithATemporaryPassword() throws Exception {
		AgencyView a = agency();
		String tag = "imp" + UUID.randomUUID().toString().substring(0, 6);
		String csv = header()
				+ line(tag + "koor", "Koordinator Impor", "AGENCY_COORDINATOR", a.name(), null, null, "kuda laut terbang pelan 47")
				+ line(tag + "op", "Operator Impor", "agency_operator", a.name(), "Dinas Komunikasi dan Informatika", null,
						"lumba lumba menari 1998 pagi")
				+ line(tag + "asr", "Asesor Impor", "ASSESSOR", null, null, "Universitas Bangka", "gajah putih minum kopi 1923");
		mvc.perform(post("/api/users/import").with(user(fixtures.login("admin"))).contentType("text/csv")
				.content(csv.getBytes(StandardCharsets.UTF_8)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.created").value(3));
		assertThat(users(tag)).isEqualTo(3);
		assertThat(jdbc.queryForList("select must_change_password from user_account where username like ?", Boolean.class,
				tag + "%")).containsOnly(true);
		assertThat(jdbc.queryForObject("select unit_id is not null from user_account where username = ?", Boolean.class,
				tag + "op")).isTrue();
		assertThat(jdbc.queryForObject("select institution from user_account where username = ?", String.class, tag + "asr"))
				.isEqualTo("Universitas Bangka");
	}

	@Test
	void oneBadLineChangesNothingAndEveryErrorIsNamedByLineAndColumn() throws Exception {
		AgencyView a = agency();
		String tag = "imx" + UUID.randomUUID().toString().substring(0, 6);
		String good = "kuda laut terbang pelan 47";
		String csv = header()
				+ line(tag + "a", "Baik Satu", "AGENCY_OPERATOR", a.name(), null, null, good)     // line 2: fine
				+ line("admin", "Sudah Ada", "ASSESSOR", null, null, null, good)                 // 3: taken
				+ line(tag + "b", "Peran Salah", "KEPALA_DINAS", a.name(), null, null, good)     // 4: unknown role
				+ line(tag + "c", "Instansi Salah", "AGENCY_OPERATOR", "Kota Antah Berantah", null, null, good) // 5
				+ line(tag + "a", "Dua Kali", "AGENCY_OPERATOR", a.name(), null, null, good)     // 6: repeated
				+ line(tag + "d", "Sandi Lemah", "ASSESSOR", null, null, null, "password1234")   // 7: weak
				+ line(tag + "e", "Unit Salah", "AGENCY_OPERATOR", a.name(), "Bappeda", null, good); // 8
		MvcResult result = mvc.perform(post("/api/users/import").with(user(fixtures.login("admin")))
				.header("Accept-Language", "en").contentType("text/csv").content(csv.getBytes(StandardCharsets.UTF_8)))
				.andExpect(status().isBadRequest()).andReturn();
		String body = result.getResponse().getContentAsString();
		assertThat(body).contains("Nothing was saved");
		List<String> errors = com.jayway.jsonpath.JsonPath.read(body, "$.errors[*].message");
		assertThat(errors).containsExactly(
				"Line 3, column username: The username admin is taken.",
				"Line 4, column role: Unknown role: \"KEPALA_DINAS\" (ADMIN, ASSESSOR, AGENCY_COORDINATOR or AGENCY_OPERATOR).",
				"Line 5, column agency: Unknown agency: \"Kota Antah Berantah\".",
				"Line 6, column username: The username " + tag + "a is already on line 2 of this file.",
				"Line 7, column password: " + messages.getMessage("password.error.weak", null, java.util.Locale.ENGLISH),
				"Line 8, column unit: There is no unit \"Bappeda\" in " + a.name() + ".");
		assertThat(users(tag)).isZero();
	}

	@Test
	void thePageShowsTheRefusalOnTheListAndStoresNothing() throws Exception {
		String tag = "imp" + UUID.randomUUID().toString().substring(0, 6);
		String csv = header() + line(tag + "x", "Tanpa Instansi", "AGENCY_OPERATOR", null, null, null, "kuda laut terbang pelan 47");
		MvcResult result = mvc.perform(multipart("/admin/users/import")
				.file(new MockMultipartFile("file", "pengguna.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(fixtures.login("admin"))).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
		assertThat(Refusals.messages(messages, result, "importForm")).containsExactly(
				messages.getMessage("csv.error.rejected", new Object[] { 1 }, java.util.Locale.forLanguageTag("id")),
				"Baris 2, kolom agency: Koordinator dan operator instansi memerlukan instansi.");
		assertThat(Refusals.followed(mvc, result, user(fixtures.login("admin"))))
				.contains("Koordinator dan operator instansi memerlukan instansi.");
		assertThat(users(tag)).isZero();
	}
}
