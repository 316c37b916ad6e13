package id.spbe.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.AuditEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled region list loads 552 regional governments, links the demo's agencies, and loading again changes nothing. */
@IntegrationTest
@RecordApplicationEvents
class RegionLoadTest {

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

	JsonNode load() throws Exception {
		return json.readTree(mvc.perform(post("/api/agencies/regions").with(user(fixtures.login("admin")))).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	long count(String where) {
		return jdbc.queryForObject("select count(*) from agency where " + where, Long.class);
	}

	@Test
	void loadsEveryRegionalGovernmentOnceAndKeepsNamesEdited() throws Exception {
		JsonNode first = load();
		assertThat(first.get("added").asInt() + first.get("linked").asInt() + first.get("unchanged").asInt()).isEqualTo(552);
		assertThat(first.get("skipped").size()).isZero();
		assertThat(count("region_code is not null")).isEqualTo(552);
		assertThat(count("region_code is not null and type = 'PROVINSI'")).isEqualTo(38);
		assertThat(count("region_code is not null and type = 'KABUPATEN'")).isEqualTo(416);
		assertThat(count("region_code is not null and type = 'KOTA'")).isEqualTo(98);
		// the demo's agencies, created without a code, are linked, not duplicated, and keep their names
		assertThat(jdbc.queryForObject("select name from agency where region_code = '19.71'", String.class))
				.isEqualTo("Pemerintah Kota Pangkalpinang");
		assertThat(jdbc.queryForObject("select name from agency where region_code = '19.04'", String.class))
				.isEqualTo("Pemerintah Kabupaten Bangka Tengah");
		assertThat(count("lower(replace(name, ' ', '')) like '%pangkalpinang%'")).isEqualTo(1);
		assertThat(jdbc.queryForMap("select name, type, province from agency where region_code = '11'"))
				.containsEntry("name", "Pemerintah Provinsi Aceh").containsEntry("type", "PROVINSI")
				.containsEntry("province", "Aceh");
		assertThat(jdbc.queryForMap("select name, type, province from agency where region_code = '32.73'"))
				.containsEntry("name", "Pemerintah Kota Bandung").containsEntry("type", "KOTA")
				.containsEntry("province", "Jawa Barat");

		long aceh = jdbc.queryForObject("select id from agency where region_code = '11'", Long.class);
		mvc.perform(put("/api/agencies/{id}", aceh).contentType("application/json")
				.content("{\"name\": \"Pemerintah Aceh\", \"type\": \"PROVINSI\", \"province\": \"Aceh\", \"regionCode\": \"11\"}")
				.with(user(fixtures.login("admin"))));
		long total = count("true");

		JsonNode second = load();
		assertThat(second.get("added").asInt()).isZero();
		assertThat(second.get("linked").asInt()).isZero();
		assertThat(second.get("unchanged").asInt()).isEqualTo(552);
		assertThat(count("true")).isEqualTo(total);
		assertThat(jdbc.queryForObject("select name from agency where id = ?", String.class, aceh)).isEqualTo("Pemerintah Aceh");
		assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).containsExactly("REGIONS_LOADED",
				"AGENCY_UPDATED", "REGIONS_LOADED");

		MvcResult page = mvc.perform(post("/admin/agencies/regions").with(user(fixtures.login("admin"))).with(csrf()))
				.andReturn();
		assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/admin/agencies");
		assertThat(page.getFlashMap().get("success"))
				.isEqualTo("Daftar wilayah dimuat: 0 instansi ditambahkan, 0 instansi lama dihubungkan dengan kodenya, 552 sudah ada.");
		assertThat(count("true")).isEqualTo(total);
	}
}
