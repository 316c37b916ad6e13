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

	/** Ids a route may name: an evaluation, its agency, a user, its period and the user's API token. */
	record Ids(long evaluation, long agency, long user, long period, long token) {
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
			page("audit log", ids -> get("/admin/audit").param("agency", "" + ids.agency())),
			page("audit log export", ids -> get("/admin/audit/export").param("agency", "" + ids.agency())),
			api("API audit log", ids -> get("/api/audit").param("agency", "" + ids.agency())),
			page("user list filtered", ids -> get("/admin/users").param("role", "ADMIN").param("locked", "true")),
			page("new user form", ids -> get("/admin/users/new")),
			page("create user", ids -> post("/admin/users").param("username", "penyusup").param("displayName", "Penyusup")
					.param("role", "ADMIN").param("password", "kuda laut terbang pelan 47")),
			page("user page", ids -> get("/admin/users/{id}", ids.user())),
			page("change user", ids -> post("/admin/users/{id}", ids.user()).param("displayName", "Diubah")
					.param("role", "ADMIN")),
			page("reset user password", ids -> post("/admin/users/{id}/password", ids.user())
					.param("newPassword", "kuda laut terbang pelan 47")),
			page("unlock user", ids -> post("/admin/users/{id}/unlock", ids.user())),
			page("deactivate user", ids -> post("/admin/users/{id}/deactivate", ids.user())),
			page("reactivate user", ids -> post("/admin/users/{id}/reactivate", ids.user())),
			page("import users", ids -> multipart("/admin/users/import").file(new MockMultipartFile("file", "u.csv",
					"text/csv", "username,displayName,role,password\npenyusup,P,ADMIN,kuda laut terbang pelan 47\n".getBytes()))),
			api("API users", ids -> get("/api/users")),
			api("API create user", ids -> post("/api/users").contentType("application/json")
					.content("{\"username\": \"penyusup\", \"displayName\": \"P\", \"role\": \"ADMIN\", "
							+ "\"password\": \"kuda laut terbang pelan 47\"}")),
			api("API change user", ids -> put("/api/users/{id}", ids.user()).contentType("application/json")
					.content("{\"role\": \"ADMIN\", \"agencyId\": null}")),
			api("API unlock user", ids -> post("/api/users/{id}/unlock", ids.user())),
			api("API import users", ids -> post("/api/users/import").contentType("text/csv")
					.content("username,displayName,role,password\npenyusup,P,ADMIN,kuda laut terbang pelan 47\n")),
			// personal API tokens of any user (i14-tokens)
			api("API user tokens", ids -> get("/api/users/{id}/tokens", ids.user())),
			api("API revoke user token", ids -> delete("/api/users/{id}/tokens/{t}", ids.user(), ids.token())),
			page("revoke user token", ids -> post("/admin/users/{id}/tokens/{t}/revoke", ids.user(), ids.token())),
			// agencies and units (agency module)
			page("agency list", ids -> get("/admin/agencies")),
			page("new agency page", ids -> get("/admin/agencies/new")),
			page("create agency", ids -> post("/admin/agencies").param("name", "Kementerian Tamu").param("type",
					"KEMENTERIAN_LEMBAGA")),
			page("agency page", ids -> get("/admin/agencies/{id}", ids.agency())),
			page("edit agency", ids -> post("/admin/agencies/{id}", ids.agency()).param("name", "Diubah Tamu")
					.param("type", "KOTA").param("province", "Bali")),
			page("deactivate agency", ids -> post("/admin/agencies/{id}/deactivate", ids.agency())),
			page("reactivate agency", ids -> post("/admin/agencies/{id}/reactivate", ids.agency())),
			page("add unit", ids -> post("/admin/agencies/{id}/units", ids.agency()).param("name", "Unit Tamu")),
			page("unit page", ids -> get("/admin/agencies/{id}/units/1", ids.agency())),
			page("rename unit", ids -> post("/admin/agencies/{id}/units/1", ids.agency()).param("name", "Unit Tamu")),
			page("deactivate unit", ids -> post("/admin/agencies/{id}/units/1/deactivate", ids.agency())),
			page("reactivate unit", ids -> post("/admin/agencies/{id}/units/1/reactivate", ids.agency())),
			page("load regions", ids -> post("/admin/agencies/regions")),
			page("import agencies", ids -> multipart("/admin/agencies/import").file(new MockMultipartFile("file", "a.csv",
					"text/csv", "name,type\nKementerian Tamu,KEMENTERIAN_LEMBAGA\n".getBytes()))),
			page("import units", ids -> multipart("/admin/agencies/units/import").file(new MockMultipartFile("file", "u.csv",
					"text/csv", "agency,unit\nPemerintah Kota Pangkalpinang,Unit Tamu\n".getBytes()))),
			page("export agencies", ids -> get("/admin/agencies/export.csv")),
			page("export units", ids -> get("/admin/agencies/units.csv")),
			api("API agency list", ids -> get("/api/agencies")),
			api("API agency", ids -> get("/api/agencies/{id}", ids.agency())),
			api("API create agency", ids -> post("/api/agencies").contentType("application/json")
					.content("{\"name\": \"Kementerian Tamu\", \"type\": \"KEMENTERIAN_LEMBAGA\"}")),
			api("API edit agency", ids -> put("/api/agencies/{id}", ids.agency()).contentType("application/json")
					.content("{\"name\": \"Diubah Tamu\", \"type\": \"KOTA\", \"province\": \"Bali\", \"active\": false}")),
			api("API import agencies", ids -> post("/api/agencies/import").contentType("text/csv")
					.content("name,type\nKementerian Tamu,KEMENTERIAN_LEMBAGA\n")),
			api("API import units", ids -> post("/api/agencies/units/import").contentType("text/csv")
					.content("agency,unit\nPemerintah Kota Pangkalpinang,Unit Tamu\n")),
			api("API load regions", ids -> post("/api/agencies/regions")),
			api("API export agencies", ids -> get("/api/agencies/export")),
			api("API export units", ids -> get("/api/agencies/units/export")),
			api("API units", ids -> get("/api/agencies/{id}/units", ids.agency())),
			api("API add unit", ids -> post("/api/agencies/{id}/units", ids.agency()).contentType("application/json")
					.content("{\"name\": \"Unit Tamu\"}")),
			api("API edit unit", ids -> put("/api/agencies/{id}/units/1", ids.agency()).contentType("application/json")
					.content("{\"name\": \"Unit Tamu\", \"active\": false}")),
			// periods, enrolment, teams, workload, window extensions (a12-periods)
			page("period list", ids -> get("/admin/periods")),
			page("new period form", ids -> get("/admin/periods/new")),
			page("create period", ids -> post("/admin/periods").param("year", "2031").param("name", "Periode Curian")
					.param("instrumentId", "1").param("selfFrom", "2031-06-01").param("selfTo", "2031-07-31")
					.param("reviewFrom", "2031-08-01").param("reviewTo", "2031-08-31").param("interviewFrom", "2031-09-01")
					.param("interviewTo", "2031-09-30").param("finalFrom", "2031-10-01").param("finalTo", "2031-10-31")),
			page("period page", ids -> get("/admin/periods/{id}", ids.period())),
			page("change period", ids -> post("/admin/periods/{id}", ids.period()).param("year", "2031")
					.param("name", "Diubah")),
			page("enrol agencies", ids -> post("/admin/periods/{id}/enrolments", ids.period()).param("scope", "ALL")),
			page("enrol by CSV", ids -> multipart("/admin/periods/{id}/enrolments/csv", ids.period())
					.file(new MockMultipartFile("file", "a.csv", "text/csv", "agency\nX\n".getBytes()))),
			page("teams by CSV", ids -> multipart("/admin/periods/{id}/teams", ids.period())
					.file(new MockMultipartFile("file", "t.csv", "text/csv", "agency,lead\nX,asesor\n".getBytes()))),
			page("copy teams", ids -> post("/admin/periods/{id}/teams/copy", ids.period()).param("fromPeriodId", "1")),
			page("workload", ids -> get("/admin/periods/{id}/workload", ids.period())),
			// national index scores (i13-external)
			page("national index page", ids -> get("/admin/periods/{id}/external-indices", ids.period())),
			page("enter national index", ids -> post("/admin/periods/{id}/external-indices", ids.period())
					.param("evaluationId", "" + ids.evaluation()).param("indicator", "5").param("score", "50")
					.param("source", "SDI").param("date", "2026-01-01")),
			page("national indices by CSV", ids -> multipart("/admin/periods/{id}/external-indices/import", ids.period())
					.file(new MockMultipartFile("file", "x.csv", "text/csv",
							"agency,indicator,score,source,date\nX,5,50,SDI,2026-01-01\n".getBytes()))),
			api("API national index", ids -> put("/api/evaluations/{id}/external-indices/5", ids.evaluation())
					.contentType("application/json").content("{\"score\": 50, \"source\": \"SDI\", \"date\": \"2026-01-01\"}")),
			api("API national indices CSV", ids -> post("/api/periods/{id}/external-indices", ids.period())
					.contentType("text/csv").content("agency,indicator,score,source,date\nX,5,50,SDI,2026-01-01\n")),
			page("extension page", ids -> get("/admin/evaluations/{id}/extension", ids.evaluation())),
			page("extend window", ids -> post("/admin/evaluations/{id}/extension", ids.evaluation())
					.param("until", "2099-01-01").param("reason", "x")),
			api("API period list", ids -> get("/api/periods")),
			api("API period", ids -> get("/api/periods/{id}", ids.period())),
			api("API create period", ids -> post("/api/periods").contentType("application/json").content("{}")),
			api("API change period", ids -> put("/api/periods/{id}", ids.period()).contentType("application/json")
					.content("{}")),
			api("API enrol", ids -> post("/api/periods/{id}/enrolments", ids.period()).contentType("application/json")
					.content("{\"all\": true}")),
			api("API teams CSV", ids -> post("/api/periods/{id}/teams", ids.period()).contentType("text/csv")
					.content("agency,lead\nX,asesor\n")),
			api("API copy teams", ids -> post("/api/periods/{id}/teams/copy", ids.period())),
			api("API workload", ids -> get("/api/periods/{id}/workload", ids.period())),
			api("API extension", ids -> post("/api/evaluations/{id}/extensions", ids.evaluation())
					.contentType("application/json").content("{\"until\": \"2099-01-01\", \"reason\": \"x\"}")),
			page("national dashboard", ids -> get("/admin/dashboard")),
			page("period dashboard", ids -> get("/admin/periods/{id}/dashboard", ids.period())),
			page("dashboard CSV", ids -> get("/admin/periods/{id}/dashboard.csv", ids.period())),
			page("dashboard Excel", ids -> get("/admin/periods/{id}/dashboard.xlsx", ids.period())),
			api("API dashboard", ids -> get("/api/periods/{id}/dashboard", ids.period())),
			api("API dashboard CSV", ids -> get("/api/periods/{id}/dashboard.csv", ids.period())),
			api("API dashboard Excel", ids -> get("/api/periods/{id}/dashboard.xlsx", ids.period())),
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
					"x.yaml", "application/yaml", "code: x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))),
			// e-mail outbox (i13-mail)
			page("mail outbox", ids -> get("/admin/outbox")),
			page("mail outbox filtered", ids -> get("/admin/outbox").param("status", "FAILED")),
			api("API mail outbox", ids -> get("/api/outbox")),
			api("API mail outbox filtered", ids -> get("/api/outbox").param("status", "SENT").param("page", "2")),
			// operations (i14-docs-ops): metrics on the application port (the actuator's own chain)
			api("Prometheus metrics", ids -> get("/actuator/prometheus")));

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
	void data() throws Exception {
		agency = fixtures.newAgency("spbe-2020");
		team = fixtures.team(agency);
		long period = jdbc.queryForObject("select period_id from evaluation where id = ?", Long.class, agency.evaluationId());
		long token = json.readTree(mvc.perform(post("/api/me/tokens").with(user(agency.operator()))
				.contentType("application/json").content("{\"name\": \"Skrip isolasi\", \"expiresOn\": \""
						+ java.time.LocalDate.now(java.time.Clock.system(id.spbe.common.Wib.ZONE)).plusDays(30) + "\"}"))
				.andReturn().getResponse().getContentAsString()).get("id").asLong();
		ids = new Ids(agency.evaluationId(), agency.agencyId(), agency.operator().getId(), period, token);
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
		for (String name : new String[] { "user list", "team page", "audit log", "audit log export", "API audit log",
				"agency list", "agency page", "user list filtered", "new user form", "user page", "API users", "API user tokens",
				"period dashboard", "dashboard CSV", "API dashboard", "API dashboard Excel", "instrument versions",
				"instrument draft fields", "instrument draft structure", "instrument indicator", "compare instrument versions",
				"export instrument YAML", "export instrument Excel", "Prometheus metrics" }) {
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
