package id.spbe.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The instrument-version API end to end: import, read, replace with the lock value, problems,
 * publish, retire, compare, export; and every route that would change a published or used
 * version refused with 409 and nothing changed.
 */
@IntegrationTest
class InstrumentVersionApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	InstrumentVersions versions;
	@Autowired
	JsonMapper json;
	@Autowired
	JdbcTemplate jdbc;

	<T extends AbstractMockHttpServletRequestBuilder<T>> T admin(T request) {
		return request.with(user(fixtures.login("admin"))).header("Accept-Language", "en");
	}

	/** Imports the exported spbe-2020 under a fresh code through the API; returns the code. */
	String importedCopy() throws Exception {
		String code = "api-" + UUID.randomUUID().toString().substring(0, 8);
		String yaml = mvc.perform(admin(get("/api/instruments/spbe-2020/versions/1/export.yaml")))
				.andExpect(status().isOk()).andExpect(header().string("Content-Disposition", "attachment; filename=\"spbe-2020-v1.yaml\""))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		mvc.perform(admin(multipart("/api/instruments/import").file(new MockMultipartFile("file", "copy.yaml", "application/yaml",
				yaml.replace("code: spbe-2020", "code: " + code).getBytes(StandardCharsets.UTF_8)))))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.code").value(code))
				.andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.status").value("DRAFT"));
		return code;
	}

	/**
	 * Published test copies cannot be deleted through the product (by design), and other tests
	 * count the listed instruments: remove this class's own codes directly.
	 */
	@AfterEach
	void removeTestInstruments() {
		jdbc.update("delete from instrument where code like 'api-%'");
	}

	@Test
	void aDraftIsEditedWithItsLockValueValidatedPublishedAndRetired() throws Exception {
		String code = importedCopy();
		var read = mvc.perform(admin(get("/api/instruments/{code}/versions/1", code))).andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value(code)).andReturn().getResponse();
		String etag = read.getHeader("ETag");
		ObjectNode tree = (ObjectNode) json.readTree(read.getContentAsString(StandardCharsets.UTF_8));
		ObjectNode indicator = (ObjectNode) tree.get("domains").get(0).get("aspects").get(0).get("indicators").get(0);
		indicator.put("weight", 2);

		String newEtag = mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).header("If-Match", etag)
				.contentType("application/json").content(tree.toString()))
				.andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		assertThat(newEtag).isNotEqualTo(etag);
		// the same lock again: someone else saved in between
		indicator.put("weight", 3);
		mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).header("If-Match", etag)
				.contentType("application/json").content(tree.toString()))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.changes[0].field").value("weight"))
				.andExpect(jsonPath("$.changes[0].oldValue").value("3"))
				.andExpect(jsonPath("$.changes[0].newValue").value("2"));
		mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).contentType("application/json").content(tree.toString()))
				.andExpect(status().isPreconditionRequired());

		mvc.perform(admin(get("/api/instruments/{code}/versions/1/problems", code))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.rule == 'instrument.rule.weightsSum')].message")
						.value("The indicator weights sum to 100.7; they must sum to 100."));
		mvc.perform(admin(post("/api/instruments/{code}/versions/1/publish", code)))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems").isNotEmpty());

		indicator.put("weight", 1.3);
		mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).header("If-Match", newEtag)
				.contentType("application/json").content(tree.toString())).andExpect(status().isOk());
		mvc.perform(admin(get("/api/instruments/{code}/versions/1/problems", code))).andExpect(status().isOk())
				.andExpect(jsonPath("$").isEmpty());
		mvc.perform(admin(post("/api/instruments/{code}/versions/1/publish", code))).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("PUBLISHED"));

		mvc.perform(admin(post("/api/instruments/{code}/versions", code)).contentType("application/json").content("{\"from\": 1}"))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2))
				.andExpect(jsonPath("$.status").value("DRAFT"));
		mvc.perform(admin(get("/api/instruments/{code}/compare", code).param("from", "1").param("to", "2")))
				.andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
		mvc.perform(admin(post("/api/instruments/{code}/versions/1/retire", code))).andExpect(status().isOk());
		mvc.perform(admin(get("/api/instruments/{code}/versions", code))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].version").value(2)).andExpect(jsonPath("$[1].status").value("RETIRED"))
				.andExpect(jsonPath("$[1].changedBy").value("admin"));
		mvc.perform(admin(get("/api/instruments/{code}/versions/2/export.xlsx", code))).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void publishedAndUsedVersionsRefuseEveryChangingRoute() throws Exception {
		fixtures.newAgency("spbe-2020");
		String before = snapshot();
		JsonNode tree = json.readTree(mvc.perform(admin(get("/api/instruments/spbe-2020/versions/1")))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		String etag = mvc.perform(admin(get("/api/instruments/spbe-2020/versions/1"))).andReturn().getResponse().getHeader("ETag");

		mvc.perform(admin(put("/api/instruments/spbe-2020/versions/1")).header("If-Match", etag).contentType("application/json")
				.content(tree.toString())).andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value("spbe-2020 version 1 is not a draft: a published or retired version never changes."));
		mvc.perform(admin(delete("/api/instruments/spbe-2020/versions/1"))).andExpect(status().isConflict());
		mvc.perform(admin(post("/api/instruments/spbe-2020/versions/1/publish"))).andExpect(status().isConflict());
		mvc.perform(admin(multipart("/api/instruments/import").file(new MockMultipartFile("file", "same.yaml", "application/yaml",
				mvc.perform(admin(get("/api/instruments/spbe-2020/versions/1/export.yaml"))).andReturn().getResponse()
						.getContentAsByteArray())))).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.problems[0].message")
						.value("spbe-2020 version 1 is already stored; nothing was imported. Give the file another code or version."));
		mvc.perform(admin(get("/api/instruments/spbe-2020/versions"))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.version == 1)].usedByPeriods[*]").value(org.hamcrest.Matchers.hasItem("Periode uji spbe-2020")));

		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aHugeOrUnreadableTreeIsRefusedBeforeAnythingIsSaved() throws Exception {
		String code = importedCopy();
		String etag = mvc.perform(admin(get("/api/instruments/{code}/versions/1", code))).andReturn().getResponse().getHeader("ETag");
		String before = snapshot();

		mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).header("If-Match", etag)
				.contentType("application/json").content(new byte[2 * 1024 * 1024 + 1]))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value("The instrument is too large: at most 2048 KB."));
		mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).header("If-Match", etag)
				.contentType("application/json").content("{\"code\": \n [}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("The body is not an instrument tree in JSON (line 2")));

		assertThat(snapshot()).isEqualTo(before);
	}

	/** A short JSON number of a huge magnitude (1e100000) once saved a draft that could never be read back. */
	@Test
	void aWeightOfHugeMagnitudeIsRefusedAndTheDraftStaysReadable() throws Exception {
		String code = importedCopy();
		var read = mvc.perform(admin(get("/api/instruments/{code}/versions/1", code))).andReturn().getResponse();
		String etag = read.getHeader("ETag");
		String before = snapshot();
		for (String huge : new String[] { "1e100000", "1e-100000", "-123456789012345678901234" }) {
			String tree = read.getContentAsString(StandardCharsets.UTF_8).replaceFirst("\"weight\":\\s*1\\.3", "\"weight\": " + huge);
			assertThat(tree).contains("\"weight\": " + huge);
			mvc.perform(admin(put("/api/instruments/{code}/versions/1", code)).header("If-Match", etag)
					.contentType("application/json").content(tree))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Number too long")));
		}
		assertThat(snapshot()).isEqualTo(before);
		mvc.perform(admin(get("/api/instruments/{code}/versions/1/problems", code))).andExpect(status().isOk());
	}

	/** An imported weight of 1e10000000 once kept the validator adding it up for minutes. */
	@Test
	void anImportedWeightOfHugeMagnitudeIsRefusedQuickly() throws Exception {
		String yaml = mvc.perform(admin(get("/api/instruments/spbe-2020/versions/1/export.yaml"))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		String code = "api-" + UUID.randomUUID().toString().substring(0, 8);
		String bad = yaml.replace("code: spbe-2020", "code: " + code).replaceFirst("weight: 1\\.3", "weight: 1e10000000");
		assertThat(bad).contains("weight: 1e10000000");
		String before = snapshot();
		long start = System.nanoTime();
		mvc.perform(admin(multipart("/api/instruments/import").file(new MockMultipartFile("file", "huge.yaml", "application/yaml",
				bad.getBytes(StandardCharsets.UTF_8)))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.problems[0].message").value(org.hamcrest.Matchers.startsWith("Number too long")));
		assertThat(System.nanoTime() - start).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(10));
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anAliasBombSentToTheApiIsRefusedWithItsLine() throws Exception {
		mvc.perform(admin(multipart("/api/instruments/import").file(new MockMultipartFile("file", "bomb.yml", "application/yaml",
				"code: x\na: &a [1, 2]\nb: [*a, *a]\n".getBytes(StandardCharsets.UTF_8)))))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.problems[0].line").value(2))
				.andExpect(jsonPath("$.problems[0].message").value("Anchors and aliases (&, *) are not allowed in an instrument file."));
	}

	@Test
	void theReadRoutesStayOpenToEverySignedInUser() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("pemdi-2026");
		mvc.perform(get("/api/instruments/pemdi-2026").with(user(agency.operator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.code").value("pemdi-2026"));
		mvc.perform(get("/api/instruments").with(user(agency.operator()))).andExpect(status().isOk());
	}

	private String snapshot() {
		return jdbc.queryForObject("select md5(string_agg(t::text, '|' order by t::text)) from instrument t", String.class)
				+ jdbc.queryForObject("select count(*) from indicator", Long.class);
	}
}
