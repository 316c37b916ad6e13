package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Tenant isolation, table-driven: every page and API route that names an evaluation or an evidence
 * item, tried by users who may not use it. Outsiders (another agency's users, an assessor not
 * assigned) get 404 as if the thing did not exist; an agency user without the right gets a
 * refusal; nothing is ever changed. Add every new route to {@link #ROUTES}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTest {

	/** A route: name, whether it is API (HTTP Basic) or page (session + CSRF), and the request for (evaluation, evidence). */
	record Route(String name, boolean api, boolean write, BiFunction<Long, Long, AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	static final List<Route> ROUTES = List.of(
			new Route("overview page", false, false, (e, x) -> get("/evaluations/{id}", e)),
			new Route("indicator page", false, false, (e, x) -> get("/evaluations/{id}/indicators/1", e)),
			new Route("readiness page", false, false, (e, x) -> get("/evaluations/{id}/readiness", e)),
			new Route("worksheet export", false, false, (e, x) -> get("/evaluations/{id}/worksheet.xlsx", e)),
			new Route("evidence download", false, false, (e, x) -> get("/evidence/{id}/content", x)),
			new Route("save entry", false, true, (e, x) -> post("/evaluations/{id}/indicators/1", e).param("level", "5")
					.param("justification", "diubah orang lain").param("version", "99")),
			new Route("approve", false, true, (e, x) -> post("/evaluations/{id}/indicators/1/approve", e)),
			new Route("assign", false, true, (e, x) -> post("/evaluations/{id}/assign", e).param("numbers", "1")),
			new Route("upload file", false, true, (e, x) -> multipart("/evaluations/{id}/indicators/1/evidence/file", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi".getBytes())).param("levels", "1")),
			new Route("add link", false, true, (e, x) -> post("/evaluations/{id}/indicators/1/evidence/link", e)
					.param("url", "https://x.go.id").param("accessedOn", "2021-07-01").param("levels", "1")),
			new Route("reuse evidence", false, true, (e, x) -> post("/evaluations/{id}/indicators/2/evidence/reuse", e)
					.param("evidenceId", "" + x).param("levels", "1")),
			new Route("remove evidence", false, true, (e, x) -> post("/evaluations/{id}/indicators/1/evidence/" + x + "/remove", e)),
			new Route("new evidence version", false, true, (e, x) -> multipart("/evaluations/{id}/indicators/1/evidence/" + x + "/version", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi baru".getBytes()))),
			new Route("submit", false, true, (e, x) -> post("/evaluations/{id}/submit", e)),
			new Route("worksheet import", false, true, (e, x) -> multipart("/evaluations/{id}/worksheet", e)
					.file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", "x".getBytes()))),
			new Route("API evaluation", true, false, (e, x) -> get("/api/evaluations/{id}", e)),
			new Route("API evidence content", true, false, (e, x) -> get("/api/evidence/{id}/content", x)),
			new Route("API put entry", true, true, (e, x) -> put("/api/evaluations/{id}/indicators/1", e)
					.contentType("application/json").content("{\"level\": 5, \"justification\": \"x\"}")),
			new Route("API upload", true, true, (e, x) -> multipart("/api/evaluations/{id}/indicators/1/evidence", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi".getBytes())).param("levels", "1")),
			new Route("API link", true, true, (e, x) -> post("/api/evaluations/{id}/indicators/1/evidence", e)
					.contentType("application/json").content("{\"url\": \"https://x.go.id\", \"accessedOn\": \"2021-07-01\", \"levels\": [1]}")),
			new Route("API approve", true, true, (e, x) -> post("/api/evaluations/{id}/indicators/1/approve", e)),
			new Route("API submit", true, true, (e, x) -> post("/api/evaluations/{id}/submit", e)));

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	id.spbe.evidence.EvidenceService evidence;

	Fixtures.TestAgency owner;
	Fixtures.TestAgency other;
	long evidenceId;

	@BeforeAll
	void agencies() {
		owner = fixtures.newAgency("spbe-2020");
		other = fixtures.newAgency("spbe-2020");
		evidenceId = evidence.upload(owner.operator(), owner.evaluationId(), 1, new id.spbe.evidence.EvidenceService.Upload(
				"notulen.txt", new java.io.ByteArrayInputStream("Notulen rapat tim koordinasi".getBytes())), null, List.of(1),
				null).evidenceId();
	}

	private MockHttpServletResponse perform(Route route, String username) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = route.request().apply(owner.evaluationId(), evidenceId);
		if (route.api()) {
			request.with(httpBasic(username, "demo"));
		}
		else {
			request.with(user(fixtures.login(username))).with(csrf());
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private String snapshot() {
		long id = owner.evaluationId();
		return jdbc.queryForObject("select string_agg(concat(indicator_number, ':', version), ',' order by indicator_number) "
				+ "from indicator_assessment where evaluation_id = ?", String.class, id)
				+ jdbc.queryForObject("select concat(count(*), '/', sum(case when hidden then 1 else 0 end)) from evidence where evaluation_id = ?",
						String.class, id)
				+ jdbc.queryForObject("select count(*) from evidence_use u join evidence e on e.id = u.evidence_id where e.evaluation_id = ?",
						Long.class, id)
				+ jdbc.queryForObject("select state || version from evaluation where id = ?", String.class, id);
	}

	@Test
	void anotherAgencysUsersAndAnUnassignedAssessorGet404OnEveryRoute() throws Exception {
		String before = snapshot();
		List<String> leaks = new ArrayList<>();
		for (String outsider : new String[] { other.operatorName(), other.coordinatorName(), "asesor" }) {
			for (Route route : ROUTES) {
				int status = perform(route, outsider).getStatus();
				if (status != 404) {
					leaks.add(route.name() + " by " + outsider + ": " + status);
				}
			}
		}
		assertThat(leaks).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anOperatorIsRefusedTheCoordinatorsActions() throws Exception {
		String before = snapshot();
		for (String name : new String[] { "approve", "assign", "submit", "API approve", "API submit" }) {
			Route route = ROUTES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
			MockHttpServletResponse response = perform(route, owner.operatorName());
			assertThat(refused(route, response)).as(name).isTrue();
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anAdministratorMayLookButNotWriteTheAgencysEntries() throws Exception {
		String before = snapshot();
		for (Route route : ROUTES) {
			MockHttpServletResponse response = perform(route, "admin");
			if (route.write()) {
				assertThat(refused(route, response)).as(route.name()).isTrue();
			}
			else {
				assertThat(response.getStatus()).as(route.name()).isEqualTo(200);
			}
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theEvaluationListShowsOnlyTheCallersOwn() throws Exception {
		String mine = mvc.perform(get("/api/evaluations").with(httpBasic(other.operatorName(), "demo"))).andReturn()
				.getResponse().getContentAsString();
		assertThat(mine).contains("\"id\":" + other.evaluationId()).doesNotContain("\"id\":" + owner.evaluationId() + ",");
		// the demo assessor is on Pangkalpinang's team only
		assertThat(mvc.perform(get("/api/evaluations").with(httpBasic("asesor", "demo"))).andReturn().getResponse()
				.getContentAsString()).contains("Pemerintah Kota Pangkalpinang")
				.doesNotContain("\"id\":" + owner.evaluationId() + ",").doesNotContain("\"id\":" + other.evaluationId() + ",");
	}

	/** A refusal: 403/409/400 status, or for pages a redirect carrying an error message, or the form again with one. */
	private static boolean refused(Route route, MockHttpServletResponse response) {
		int status = response.getStatus();
		if (status == 403 || status == 409 || status == 400) {
			return true;
		}
		return !route.api() && (status == 302 || status == 200);
	}
}
