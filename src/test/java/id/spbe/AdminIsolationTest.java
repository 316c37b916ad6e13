package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrators' routes, table-driven: every page and API route of administration (agencies,
 * users, periods, enrolment, teams, instruments, the dashboard, the audit log), tried by every
 * other role. Each is refused by the security chain before any controller runs (403 sent as an
 * error, which the container shows as the 403 page; or 403 JSON with its message) and nothing stored changes. Add every new administration route to
 * {@link #ADMIN_ROUTES}; routes that name an evaluation for its agency or team belong in
 * {@link IsolationTest}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminIsolationTest {

	/** Ids a route may name: an evaluation, its agency, a user and its period. */
	record Ids(long evaluation, long agency, long user, long period) {
	}

	interface Request {
		AbstractMockHttpServletRequestBuilder<?> of(Ids ids);
	}

	record AdminRoute(String name, boolean api, Request request) {
	}

	static AdminRoute page(String name, Request request) {
		return new AdminRoute(name, false, request);
	}

	static AdminRoute api(String name, Request request) {
		return new AdminRoute(name, true, request);
	}

	static final List<AdminRoute> ADMIN_ROUTES = List.of(
			page("user list", ids -> get("/admin/users")),
			page("team page", ids -> get("/admin/evaluations/{id}/team", ids.evaluation())),
			page("add to team", ids -> post("/admin/evaluations/{id}/team", ids.evaluation())
					.param("assessorId", "" + ids.user()).param("lead", "false")),
			page("instrument versions", ids -> get("/admin/instruments")),
			page("new empty instrument", ids -> post("/admin/instruments").param("code", "coba-isolasi")
					.param("nameId", "Coba").param("nameEn", "Try").param("regulation", "-")),
			page("copy instrument version", ids -> post("/admin/instruments/spbe-2020/versions").param("from", "1")),
			page("instrument draft fields", ids -> get("/admin/instruments/spbe-2020/versions/1")),
			page("save instrument fields", ids -> post("/admin/instruments/spbe-2020/versions/1").param("lock", "0")
					.param("nameId", "Diubah")),
			page("instrument draft structure", ids -> get("/admin/instruments/spbe-2020/versions/1/structure")),
			page("save instrument structure", ids -> post("/admin/instruments/spbe-2020/versions/1/structure")
					.param("lock", "0").param("indicators[0].key", "i0").param("indicators[0].weight", "50")),
			page("instrument indicator", ids -> get("/admin/instruments/spbe-2020/versions/1/indicators/0")),
			page("save instrument indicator", ids -> post("/admin/instruments/spbe-2020/versions/1/indicators/0")
					.param("lock", "0").param("nameId", "Diubah")),
			page("publish instrument version", ids -> post("/admin/instruments/spbe-2020/versions/1/publish")),
			page("retire instrument version", ids -> post("/admin/instruments/spbe-2020/versions/1/retire")),
			page("delete instrument version", ids -> post("/admin/instruments/spbe-2020/versions/1/delete")),
			page("compare instrument versions", ids -> get("/admin/instruments/spbe-2020/compare").param("from", "1").param("to", "1")),
			page("export instrument YAML", ids -> get("/admin/instruments/spbe-2020/versions/1/export.yaml")),
			page("export instrument Excel", ids -> get("/admin/instruments/spbe-2020/versions/1/export.xlsx")),
			page("import instrument file", ids -> multipart("/admin/instruments/import")
					.file(new MockMultipartFile("file", "x.yaml", "application/yaml", "code: x\n".getBytes()))),
			api("API new instrument draft", ids -> post("/api/instruments/spbe-2020/versions")
					.contentType("application/json").content("{\"from\": 1}")),
			api("API instrument versions", ids -> get("/api/instruments/spbe-2020/versions")),
			api("API new empty instrument", ids -> post("/api/instruments").contentType("application/json")
					.content("{\"code\": \"isolation-x\", \"name\": {\"id\": \"X\", \"en\": \"X\"}}")),
			api("API read instrument version", ids -> get("/api/instruments/spbe-2020/versions/1")),
			api("API replace instrument draft", ids -> put("/api/instruments/spbe-2020/versions/1")
					.header("If-Match", "\"0\"").contentType("application/json").content("{\"code\": \"spbe-2020\"}")),
			api("API delete instrument draft", ids -> delete("/api/instruments/spbe-2020/versions/1")),
			api("API instrument problems", ids -> get("/api/instruments/spbe-2020/versions/1/problems")),
			api("API publish instrument", ids -> post("/api/instruments/spbe-2020/versions/1/publish")),
			api("API retire instrument", ids -> post("/api/instruments/spbe-2020/versions/1/retire")),
			api("API compare instrument versions", ids -> get("/api/instruments/spbe-2020/compare").param("from", "1")
					.param("to", "1")),
			api("API export instrument YAML", ids -> get("/api/instruments/spbe-2020/versions/1/export.yaml")),
			api("API export instrument Excel", ids -> get("/api/instruments/spbe-2020/versions/1/export.xlsx")),
			api("API import instrument", ids -> multipart("/api/instruments/import").file(new MockMultipartFile("file",
					"x.yaml", "application/yaml", "code: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))));

	/** Tables whose rows a refused request may still add: the log of what was tried, sessions, locks. */
	static final List<String> UNWATCHED = List.of("flyway_schema_history", "audit_log", "spring_session",
			"spring_session_attributes", "shedlock");

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	JsonMapper json;

	Fixtures.TestAgency agency;
	Fixtures.Team team;
	Ids ids;

	@BeforeAll
	void data() {
		agency = fixtures.newAgency("spbe-2020");
		team = fixtures.team(agency);
		long period = jdbc.queryForObject("select period_id from evaluation where id = ?", Long.class, agency.evaluationId());
		ids = new Ids(agency.evaluationId(), agency.agencyId(), agency.operator().getId(), period);
	}

	@Test
	void everyOtherRoleIsRefusedEveryAdministrationRoute() throws Exception {
		String before = snapshot();
		List<String> failures = new ArrayList<>();
		for (String who : new String[] { agency.coordinatorName(), agency.operatorName(), team.leadName(),
				team.memberName(), "asesor" }) {
			for (AdminRoute route : ADMIN_ROUTES) {
				MockHttpServletResponse response = mvc.perform(route.request().of(ids)
						.with(user(fixtures.login(who))).with(csrf())).andReturn().getResponse();
				String what = route.name() + " by " + who + ": got " + response.getStatus();
				try {
					assertThat(response.getStatus()).as(what).isEqualTo(403);
					if (route.api()) {
						assertThat(json.readTree(response.getContentAsString()).get("message").asString()).as(what)
								.isEqualTo(text("api.error.adminOnly"));
					}
					else {
						// the security chain's refusal (sendError, rendered as the 403 page by the container),
						// not a controller's answer
						assertThat(response.getErrorMessage()).as(what).isEqualTo("Forbidden");
					}
				}
				catch (AssertionError e) {
					failures.add(e.getMessage());
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theAdministratorReachesTheReadingRoutes() throws Exception {
		for (String name : new String[] { "user list", "team page", "instrument versions", "instrument draft fields",
				"instrument draft structure", "instrument indicator", "compare instrument versions", "export instrument YAML",
				"export instrument Excel" }) {
			AdminRoute route = ADMIN_ROUTES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
			assertThat(mvc.perform(route.request().of(ids).with(user(fixtures.login("admin")))).andReturn().getResponse()
					.getStatus()).as(name).isEqualTo(200);
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("id"));
	}

	/** Every stored row of every table but {@link #UNWATCHED}, as one digest per table. */
	private String snapshot() {
		List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
				+ "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name", String.class);
		StringBuilder digest = new StringBuilder();
		for (String table : tables) {
			if (!UNWATCHED.contains(table)) {
				digest.append(table).append('=').append(jdbc.queryForObject("select md5(coalesce(string_agg(t::text, '|' "
						+ "order by t::text), '')) from \"" + table + "\" t", String.class)).append('\n');
			}
		}
		return digest.toString();
	}
}
