package id.spbe.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CSV import of agencies and units: all or nothing, every error by line and column in the user's language. */
@IntegrationTest
class AgencyImportTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	JsonMapper json;

	String tag = UUID.randomUUID().toString().substring(0, 8);

	long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	MockHttpServletResponse importCsv(String path, String csv, String language) throws Exception {
		return mvc.perform(post(path).contentType("text/csv").header("Accept-Language", language)
				.content(csv.getBytes(StandardCharsets.UTF_8)).with(user(fixtures.login("admin")))).andReturn().getResponse();
	}

	JsonNode body(MockHttpServletResponse r) throws Exception {
		return json.readTree(r.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void oneBadRowChangesNothingAndEveryErrorNamesItsLineAndColumn() throws Exception {
		long before = count("agency");
		String csv = "name,type,province,region_code\n"
				+ "Kementerian Baik " + tag + ",KEMENTERIAN_LEMBAGA,,\n"
				+ "Pemerintah Kota Baik " + tag + ",KOTA,Jawa Barat,\n"
				+ "Pemerintah Kota Salah " + tag + ",KOTA,Jawa Baratt,\n"
				+ "Pemerintah Desa " + tag + ",DESA,Bali,\n"
				+ "Kementerian Baik " + tag + ",KEMENTERIAN_LEMBAGA,,\n"
				+ "Pemerintah Kota Pangkalpinang,KOTA,Kepulauan Bangka Belitung,\n"
				+ ",PROVINSI,Aceh,99\n";
		MockHttpServletResponse refused = importCsv("/api/agencies/import", csv, "id");
		assertThat(refused.getStatus()).isEqualTo(400);
		JsonNode answer = body(refused);
		assertThat(answer.get("message").asString()).isEqualTo(
				"Berkas CSV ditolak: 6 kesalahan. Tidak ada data yang disimpan; perbaiki lalu unggah lagi.");
		List<String> errors = answer.get("errors").valueStream().map(e -> e.get("message").asString()).toList();
		assertThat(errors).containsExactly(
				"Baris 4, kolom province: Provinsi tidak dikenal: \"Jawa Baratt\". Tulis nama provinsi seperti pada daftar wilayah, mis. \"Kepulauan Bangka Belitung\".",
				"Baris 5, kolom type: Jenis instansi tidak dikenal: \"DESA\". Pilih salah satu: KEMENTERIAN_LEMBAGA, PROVINSI, KABUPATEN, KOTA.",
				"Baris 6, kolom name: Instansi bernama \"Kementerian Baik " + tag + "\" sudah ada.",
				"Baris 7, kolom name: Instansi bernama \"Pemerintah Kota Pangkalpinang\" sudah ada.",
				"Baris 8, kolom name: Wajib diisi.",
				"Baris 8, kolom region_code: Kode wilayah \"99\" tidak ada dalam daftar wilayah untuk jenis instansi ini.");
		assertThat(answer.get("errors").get(0).get("line").asInt()).isEqualTo(4);
		assertThat(answer.get("errors").get(0).get("column").asString()).isEqualTo("province");
		assertThat(count("agency")).isEqualTo(before);

		MockHttpServletResponse english = importCsv("/api/agencies/import", csv, "en");
		assertThat(body(english).get("errors").get(0).get("message").asString())
				.startsWith("Line 4, column province: Unknown province: \"Jawa Baratt\"");
	}

	@Test
	void aGoodFileAddsEveryRowWithSemicolonsAndIndonesianTypes() throws Exception {
		String csv = "\uFEFFname;type;province;active\n"
				+ "Pemerintah Kabupaten Uji " + tag + ";Kabupaten;jawa tengah;\n"
				+ "Badan Uji " + tag + ";Kementerian/Lembaga;;tidak\n";
		MockHttpServletResponse added = importCsv("/api/agencies/import", csv, "id");
		assertThat(added.getStatus()).isEqualTo(200);
		assertThat(body(added).get("added").asInt()).isEqualTo(2);
		assertThat(jdbc.queryForMap("select type, province, active from agency where name = ?",
				"Pemerintah Kabupaten Uji " + tag)).containsEntry("type", "KABUPATEN").containsEntry("province", "Jawa Tengah")
				.containsEntry("active", true);
		assertThat(jdbc.queryForObject("select active from agency where name = ?", Boolean.class, "Badan Uji " + tag)).isFalse();
	}

	@Test
	void thePageShowsEveryErrorAndStoresNothing() throws Exception {
		long before = count("agency");
		String csv = "name,type,province\nKementerian Halaman " + tag + ",KEMENTERIAN_LEMBAGA,\nX,KOTA,Atlantis\n";
		MvcResult refused = mvc.perform(multipart("/admin/agencies/import")
				.file(new MockMultipartFile("file", "instansi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/admin/agencies");
		BindingResult errors = (BindingResult) refused.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "importForm");
		assertThat(errors.getGlobalErrors()).extracting(ObjectError::getCode)
				.containsExactly("csv.error.rejected", "csv.error.atCell");
		String page = mvc.perform(get("/admin/agencies").flashAttrs(refused.getFlashMap())
				.with(user(fixtures.login("admin")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Berkas CSV ditolak: 1 kesalahan.")
				.contains("Baris 3, kolom province: Provinsi tidak dikenal: &quot;Atlantis&quot;.");
		assertThat(count("agency")).isEqualTo(before);
	}

	@Test
	void unitsNameAnExistingAgencyAndAreNeverDuplicated() throws Exception {
		String agency = "Kementerian Unit " + tag;
		importCsv("/api/agencies/import", "name,type\n" + agency + ",KEMENTERIAN_LEMBAGA\n", "id");
		long before = count("agency_unit");
		String csv = "agency,unit\n" + agency + ",Biro Hukum\n" + agency + ",biro hukum\nKementerian Tidak Ada " + tag
				+ ",Biro Umum\n" + agency + ",\n";
		JsonNode answer = body(importCsv("/api/agencies/units/import", csv, "id"));
		assertThat(answer.get("errors").valueStream().map(e -> e.get("message").asString()).toList()).containsExactly(
				"Baris 3, kolom unit: Unit kerja bernama \"biro hukum\" sudah ada pada instansi ini.",
				"Baris 4, kolom agency: Instansi tidak dikenal: \"Kementerian Tidak Ada " + tag + "\".",
				"Baris 5, kolom unit: Wajib diisi.");
		assertThat(count("agency_unit")).isEqualTo(before);

		MockHttpServletResponse added = importCsv("/api/agencies/units/import", "agency,unit\n" + agency + ",Biro Hukum\n", "id");
		assertThat(body(added).get("added").asInt()).isEqualTo(1);
		String export = mvc.perform(get("/admin/agencies/units.csv").param("q", agency).with(user(fixtures.login("admin"))))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(export).isEqualTo("\uFEFFagency,region_code,unit,active\r\n" + agency + ",,Biro Hukum,true\r\n");
	}

	@Test
	void unitsNameTheirAgencyByRegionCodeAloneWithoutAnAgencyColumn() throws Exception {
		mvc.perform(post("/api/agencies/regions").with(user(fixtures.login("admin")))).andReturn();
		long before = count("agency_unit");
		MockHttpServletResponse added = importCsv("/api/agencies/units/import",
				"region_code,unit,active\n19.71,Biro Kode " + tag + ",true\n", "en");
		assertThat(added.getStatus()).isEqualTo(200);
		assertThat(body(added).get("added").asInt()).isEqualTo(1);
		assertThat(count("agency_unit")).isEqualTo(before + 1);

		JsonNode refused = body(importCsv("/api/agencies/units/import", "unit\nBiro Tanpa Instansi " + tag + "\n", "en"));
		assertThat(refused.get("errors").valueStream().map(e -> e.get("column").asString()).toList()).containsExactly("agency");
		assertThat(count("agency_unit")).isEqualTo(before + 1);
	}
}
