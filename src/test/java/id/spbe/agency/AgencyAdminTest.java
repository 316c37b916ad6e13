package id.spbe.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.AuditEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agencies and units by page and API: create, edit, deactivate, the rules' refusals with nothing changed, audit events. */
@IntegrationTest
@RecordApplicationEvents
class AgencyAdminTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	JsonMapper json;
	@Autowired
	ApplicationEvents events;

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	MockHttpServletResponse api(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request)
			throws Exception {
		return mvc.perform(request.with(user(fixtures.login("admin")))).andReturn().getResponse();
	}

	JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	String agencyJson(String name, String type, String province, String code) {
		return json.writeValueAsString(java.util.Map.of("name", name, "type", type, "province", province == null ? "" : province,
				"regionCode", code == null ? "" : code));
	}

	long agencies() {
		return jdbc.queryForObject("select count(*) from agency", Long.class);
	}

	List<String> actions() {
		return events.stream(AuditEvent.class).map(AuditEvent::action).toList();
	}

	@Test
	void apiCreatesListsEditsAndDeactivates() throws Exception {
		String name = unique("Kementerian Uji");
		MockHttpServletResponse created = api(post("/api/agencies").contentType("application/json")
				.content(agencyJson(name, "KEMENTERIAN_LEMBAGA", null, null)));
		assertThat(created.getStatus()).isEqualTo(201);
		long id = body(created).get("id").asLong();
		assertThat(body(created).get("active").asBoolean()).isTrue();

		JsonNode list = body(api(get("/api/agencies").param("q", name.substring(name.length() - 8))));
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("name").asString()).isEqualTo(name);

		MockHttpServletResponse edited = api(put("/api/agencies/{id}", id).contentType("application/json")
				.content("{\"name\": \"" + name + " (baru)\", \"type\": \"KEMENTERIAN_LEMBAGA\", \"active\": false}"));
		assertThat(edited.getStatus()).isEqualTo(200);
		assertThat(jdbc.queryForMap("select name, active from agency where id = ?", id))
				.containsEntry("name", name + " (baru)").containsEntry("active", false);
		assertThat(actions()).containsExactly("AGENCY_CREATED", "AGENCY_UPDATED", "AGENCY_DEACTIVATED");
		assertThat(body(api(get("/api/agencies").param("q", name).param("status", "active"))).get("total").asInt()).isZero();
	}

	@Test
	void apiRefusalsSayWhyAndChangeNothing() throws Exception {
		String name = unique("Pemerintah Kota Contoh");
		long before = agencies();
		MockHttpServletResponse unknownProvince = mvc.perform(post("/api/agencies").contentType("application/json")
				.header("Accept-Language", "en").content(agencyJson(name, "KOTA", "Atlantis", null))
				.with(user(fixtures.login("admin")))).andReturn().getResponse();
		assertThat(unknownProvince.getStatus()).isEqualTo(400);
		assertThat(body(unknownProvince).get("message").asString()).startsWith("Unknown province: \"Atlantis\"");

		MockHttpServletResponse unknownType = api(post("/api/agencies").contentType("application/json")
				.content(agencyJson(name, "DESA", "Bali", null)));
		assertThat(body(unknownType).get("message").asString()).startsWith("Jenis instansi tidak dikenal: \"DESA\"");

		MockHttpServletResponse wrongProvince = api(post("/api/agencies").contentType("application/json")
				.content(agencyJson(name, "KOTA", "Bali", "19.71")));
		assertThat(wrongProvince.getStatus()).isEqualTo(400);
		assertThat(body(wrongProvince).get("message").asString())
				.isEqualTo("Kode wilayah \"19.71\" berada di provinsi Kepulauan Bangka Belitung.");

		MockHttpServletResponse duplicate = api(post("/api/agencies").contentType("application/json")
				.content(agencyJson("pemerintah kota pangkalpinang", "KOTA", "Kepulauan Bangka Belitung", null)));
		assertThat(duplicate.getStatus()).isEqualTo(409);
		assertThat(body(duplicate).get("message").asString())
				.isEqualTo("Instansi bernama \"pemerintah kota pangkalpinang\" sudah ada.");
		assertThat(agencies()).isEqualTo(before);
		assertThat(actions()).isEmpty();
	}

	@Test
	void theNewAgencyPageKeepsWhatWasTypedOnError() throws Exception {
		String name = unique("Pemerintah Kabupaten Contoh");
		long before = agencies();
		MvcResult refused = mvc.perform(post("/admin/agencies").param("name", name).param("type", "KABUPATEN")
				.param("province", "").param("regionCode", "99.99").with(user(fixtures.login("admin"))).with(csrf()))
				.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		BindingResult errors = (BindingResult) refused.getModelAndView().getModel()
				.get(BindingResult.MODEL_KEY_PREFIX + "agencyForm");
		assertThat(errors.getFieldError("province").getCode()).isEqualTo("agency.error.provinceRequired");
		String html = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("value=\"" + name + "\"").contains("value=\"99.99\"")
				.contains("Provinsi wajib diisi untuk pemerintah daerah.");
		assertThat(agencies()).isEqualTo(before);

		MvcResult created = mvc.perform(post("/admin/agencies").param("name", name).param("type", "KABUPATEN")
				.param("province", "bali").param("regionCode", "").with(user(fixtures.login("admin"))).with(csrf()))
				.andReturn();
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/admin/agencies/");
		assertThat(jdbc.queryForObject("select province from agency where name = ?", String.class, name)).isEqualTo("Bali");
	}

	@Test
	void theEditPageKeepsWhatWasTypedAndDeactivationKeepsTheAgency() throws Exception {
		String name = unique("Badan Uji");
		long id = body(api(post("/api/agencies").contentType("application/json")
				.content(agencyJson(name, "KEMENTERIAN_LEMBAGA", null, null)))).get("id").asLong();
		MvcResult refused = mvc.perform(post("/admin/agencies/{id}", id).param("name", name + " diubah")
				.param("type", "KEMENTERIAN_LEMBAGA").param("province", "").param("regionCode", "31")
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
				.contains("value=\"" + name + " diubah\"").contains("Kementerian/lembaga tidak memiliki kode wilayah.");
		assertThat(jdbc.queryForObject("select name from agency where id = ?", String.class, id)).isEqualTo(name);

		mvc.perform(post("/admin/agencies/{id}/deactivate", id).with(user(fixtures.login("admin"))).with(csrf()));
		assertThat(jdbc.queryForObject("select active from agency where id = ?", Boolean.class, id)).isFalse();
		mvc.perform(post("/admin/agencies/{id}/reactivate", id).with(user(fixtures.login("admin"))).with(csrf()));
		assertThat(jdbc.queryForObject("select active from agency where id = ?", Boolean.class, id)).isTrue();
		assertThat(actions()).containsExactly("AGENCY_CREATED", "AGENCY_DEACTIVATED", "AGENCY_REACTIVATED");
	}

	@Test
	void unitsAreAddedRenamedAndDeactivatedNeverDuplicated() throws Exception {
		long id = body(api(post("/api/agencies").contentType("application/json")
				.content(agencyJson(unique("Lembaga Uji"), "KEMENTERIAN_LEMBAGA", null, null)))).get("id").asLong();
		mvc.perform(post("/admin/agencies/{id}/units", id).param("name", "Biro Umum")
				.with(user(fixtures.login("admin"))).with(csrf()));
		MvcResult duplicate = mvc.perform(post("/admin/agencies/{id}/units", id).param("name", "biro  umum")
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		BindingResult errors = (BindingResult) duplicate.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "unitForm");
		assertThat(errors.getFieldError("name").getCode()).isEqualTo("agency.error.duplicateUnit");
		assertThat(((UnitForm) duplicate.getFlashMap().get("unitForm")).getName()).isEqualTo("biro  umum");
		String page = mvc.perform(get("/admin/agencies/{id}", id).flashAttrs(duplicate.getFlashMap())
				.with(user(fixtures.login("admin")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"biro  umum\"").contains("Unit kerja bernama &quot;biro umum&quot; sudah ada");

		long unit = jdbc.queryForObject("select id from agency_unit where agency_id = ?", Long.class, id);
		assertThat(mvc.perform(get("/admin/agencies/{id}/units/{u}", id, unit).with(user(fixtures.login("admin"))))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Biro Umum\"");
		MvcResult blank = mvc.perform(post("/admin/agencies/{id}/units/{u}", id, unit).param("name", "  ")
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(blank.getResponse().getStatus()).isEqualTo(200);
		assertThat(blank.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Wajib diisi.");
		assertThat(jdbc.queryForObject("select name from agency_unit where id = ?", String.class, unit)).isEqualTo("Biro Umum");
		MockHttpServletResponse renamed = api(put("/api/agencies/{id}/units/{u}", id, unit).contentType("application/json")
				.content("{\"name\": \"Biro Umum dan Keuangan\", \"active\": false}"));
		assertThat(body(renamed).get("name").asString()).isEqualTo("Biro Umum dan Keuangan");
		assertThat(body(renamed).get("active").asBoolean()).isFalse();
		assertThat(jdbc.queryForObject("select count(*) from agency_unit where agency_id = ?", Long.class, id)).isEqualTo(1);
		assertThat(actions()).containsExactly("AGENCY_CREATED", "UNIT_CREATED", "UNIT_UPDATED", "UNIT_DEACTIVATED");
	}

	@Test
	void theListSearchesFiltersAndExports() throws Exception {
		String name = unique("Kementerian Penanda");
		api(post("/api/agencies").contentType("application/json")
				.content(agencyJson(name, "KEMENTERIAN_LEMBAGA", null, null)));
		String html = mvc.perform(get("/admin/agencies").param("q", name).param("type", "KEMENTERIAN_LEMBAGA")
				.with(user(fixtures.login("admin")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(name + "</a>").contains("1 instansi").contains("ODbL");
		String none = mvc.perform(get("/admin/agencies").param("q", name).param("type", "KOTA")
				.with(user(fixtures.login("admin")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(none).doesNotContain(name + "</a>").contains("0 instansi");
		MockHttpServletResponse csv = mvc.perform(get("/admin/agencies/export.csv").param("q", name)
				.with(user(fixtures.login("admin")))).andReturn().getResponse();
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
				.isEqualTo("\uFEFFname,type,province,region_code,active\r\n" + name + ",KEMENTERIAN_LEMBAGA,,,true\r\n");
	}

	@Test
	void importedRowsMayBeImportedUnitsOfTheSameFile() throws Exception {
		String name = unique("Pemerintah Kabupaten Impor");
		String units = "agency,unit\n" + name + ",Dinas Kominfo\n" + name + ",Bappeda\n";
		MockHttpServletResponse agencies = api(post("/api/agencies/import").contentType("text/csv")
				.content("name,type,province\n" + name + ",Kabupaten,Jawa Barat\n"));
		assertThat(agencies.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"added\":1}");
		MockHttpServletResponse added = api(multipart("/api/agencies/units/import")
				.file(new MockMultipartFile("file", "units.csv", "text/csv", units.getBytes(StandardCharsets.UTF_8))));
		assertThat(added.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"added\":2}");
		assertThat(jdbc.queryForList("select u.name from agency_unit u join agency a on a.id = u.agency_id "
				+ "where a.name = ? order by u.name", String.class, name)).containsExactly("Bappeda", "Dinas Kominfo");
		assertThat(actions()).containsExactly("AGENCIES_IMPORTED", "UNITS_IMPORTED");
	}
}
