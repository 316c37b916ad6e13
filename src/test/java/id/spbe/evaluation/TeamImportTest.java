package id.spbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.time.LocalDate;
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

/**
 * Assessor teams of a period in bulk: a CSV sets every team or, with one bad line, none; a copy
 * from the previous period gives each new evaluation its agency's old team; the workload counts
 * each assessor's evaluations by state.
 */
@IntegrationTest
@RecordApplicationEvents
class TeamImportTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	JsonMapper json;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Agencies agencies;
	@Autowired
	UserAccounts users;
	@Autowired
	Evaluations evaluations;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ApplicationEvents events;

	final String n = UUID.randomUUID().toString().substring(0, 8);

	record Setup(long period, AgencyView a, AgencyView b, String lead, String member, String other) {
	}

	Setup setUp(int year) {
		long instrument = instruments.currentId("spbe-2020").orElseThrow();
		long period = evaluations.findOrCreatePeriod(new Evaluations.NewPeriod(year, "Evaluasi Tim " + year + " " + n,
				instrument, LocalDate.of(year, 6, 1), LocalDate.of(year, 7, 31), null, null)).id();
		AgencyView a = agencies.findOrCreate("Pemerintah Kota Tim A " + n, AgencyType.KOTA, "Uji");
		AgencyView b = agencies.findOrCreate("Pemerintah Kota Tim B " + n, AgencyType.KOTA, "Uji");
		evaluations.findOrOpen(period, a.id());
		evaluations.findOrOpen(period, b.id());
		for (String u : new String[] { "ketuatim" + n, "anggotatim" + n, "lain" + n }) {
			users.createIfAbsent(u, "demo", "Asesor " + u, Role.ASSESSOR, null);
		}
		return new Setup(period, a, b, "ketuatim" + n, "anggotatim" + n, "lain" + n);
	}

	String teams(long period) {
		return jdbc.queryForObject("select coalesce(string_agg(ag.name || '=' || u.username || ':' || a.lead, ',' "
				+ "order by ag.name, u.username), '') from assessor_assignment a join evaluation e on e.id = a.evaluation_id "
				+ "join agency ag on ag.id = e.agency_id join user_account u on u.id = a.assessor_id where e.period_id = ?",
				String.class, period);
	}

	long changes(long period) {
		return jdbc.queryForObject("select count(*) from team_change c join evaluation e on e.id = c.evaluation_id "
				+ "where e.period_id = ?", Long.class, period);
	}

	MockHttpServletResponse csv(long period, String body) throws Exception {
		return mvc.perform(post("/api/periods/{id}/teams", period).with(httpBasic("admin", "demo"))
				.contentType("text/csv").content(body)).andReturn().getResponse();
	}

	@Test
	void aCsvSetsEveryTeamAndABadLineChangesNothing() throws Exception {
		Setup s = setUp(2032);
		MockHttpServletResponse bad = csv(s.period(), "agency,lead,members\n" + s.a().name() + "," + s.lead() + ","
				+ s.member() + "\n" + s.b().name() + ",nobody" + n + ",\n" + "Instansi Lain " + n + "," + s.lead() + ",\n");
		assertThat(bad.getStatus()).isEqualTo(400);
		JsonNode errors = json.readTree(bad.getContentAsString()).get("errors");
		assertThat(errors.findValuesAsString("message")).hasSize(2);
		assertThat(errors.get(0).get("line").asInt()).isEqualTo(3);
		assertThat(errors.get(0).get("column").asString()).isEqualTo("lead");
		assertThat(errors.get(1).get("line").asInt()).isEqualTo(4);
		assertThat(teams(s.period())).isEmpty();
		assertThat(changes(s.period())).isZero();

		MockHttpServletResponse good = csv(s.period(), "agency;lead;members\n" + s.a().name() + ";" + s.lead() + ";\""
				+ s.member() + " " + s.other() + "\"\n" + s.b().name().toUpperCase() + ";" + s.other() + ";\n");
		assertThat(good.getStatus()).as(good.getContentAsString()).isEqualTo(200);
		assertThat(json.readTree(good.getContentAsString()).get("teams").asInt()).isEqualTo(2);
		// by agency, then username: anggotatim (member), ketuatim (lead), lain (member)
		assertThat(teams(s.period())).isEqualTo(s.a().name() + "=" + s.member() + ":false," + s.a().name() + "=" + s.lead()
				+ ":true," + s.a().name() + "=" + s.other() + ":false," + s.b().name() + "=" + s.other() + ":true");
		assertThat(changes(s.period())).isEqualTo(4);
		assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.action().equals("TEAMS_IMPORTED"));

		// a second file makes each team exactly as written: the old lead leaves, a member becomes lead
		csv(s.period(), "agency,lead,members\n" + s.a().name() + "," + s.member() + "," + s.other() + "\n");
		assertThat(teams(s.period())).startsWith(s.a().name() + "=" + s.member() + ":true," + s.a().name() + "=" + s.other()
				+ ":false,");
		assertThat(jdbc.queryForList("select c.kind from team_change c join evaluation e on e.id = c.evaluation_id "
				+ "where e.period_id = ? order by c.id", String.class, s.period())).endsWith("REMOVED", "MADE_LEAD");
	}

	@Test
	void thePageShowsEveryProblemOfAFileByLine() throws Exception {
		Setup s = setUp(2033);
		MvcResult r = mvc.perform(multipart("/admin/periods/{id}/teams", s.period())
				.file(new MockMultipartFile("file", "tim.csv", "text/csv", ("agency,lead,members\n" + s.a().name() + ","
						+ s.lead() + "," + s.lead() + "\n").getBytes()))
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/periods/" + s.period());
		BindingResult kept = (BindingResult) r.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "teamCsvForm");
		assertThat(kept.getGlobalErrors().stream().map(e -> e.getCode())).contains("csv.error.rejected", "csv.error.atCell");
		assertThat(teams(s.period())).isEmpty();
	}

	@Test
	void copyingGivesTheNewPeriodLastPeriodsTeamsAndTheWorkloadCountsThem() throws Exception {
		Setup old = setUp(2034);
		csv(old.period(), "agency,lead,members\n" + old.a().name() + "," + old.lead() + "," + old.member() + "\n"
				+ old.b().name() + "," + old.member() + ",\n");
		long next = evaluations.findOrCreatePeriod(new Evaluations.NewPeriod(2035, "Evaluasi Tim 2035 " + n,
				instruments.currentId("spbe-2020").orElseThrow(), LocalDate.of(2035, 6, 1), LocalDate.of(2035, 7, 31), null,
				null)).id();
		evaluations.findOrOpen(next, old.a().id());
		evaluations.findOrOpen(next, old.b().id());
		// b already has its own team in the new period: it keeps it
		csv(next, "agency,lead,members\n" + old.b().name() + "," + old.other() + ",\n");
		MockHttpServletResponse copied = mvc.perform(post("/api/periods/{id}/teams/copy", next)
				.with(httpBasic("admin", "demo")).contentType("application/json")
				.content("{\"from\": " + old.period() + "}")).andReturn().getResponse();
		assertThat(copied.getStatus()).as(copied.getContentAsString()).isEqualTo(200);
		JsonNode c = json.readTree(copied.getContentAsString());
		assertThat(c.get("copied").asInt()).isEqualTo(1);
		assertThat(c.get("hadTeam").asInt()).isEqualTo(1);
		assertThat(teams(next)).isEqualTo(old.a().name() + "=" + old.member() + ":false," + old.a().name() + "="
				+ old.lead() + ":true," + old.b().name() + "=" + old.other() + ":true");
		assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.action().equals("TEAMS_COPIED"));

		JsonNode workload = json.readTree(mvc.perform(get("/api/periods/{id}/workload", old.period())
				.with(httpBasic("admin", "demo"))).andReturn().getResponse().getContentAsString());
		JsonNode member = null;
		for (JsonNode w : workload) {
			if (w.get("assessor").asString().equals(old.member())) {
				member = w;
			}
		}
		assertThat(member).isNotNull();
		assertThat(member.get("total").asInt()).isEqualTo(2);
		assertThat(member.get("leads").asInt()).isEqualTo(1);
		assertThat(member.get("byState").get("SELF_ASSESSMENT").asInt()).isEqualTo(2);
		String page = mvc.perform(get("/admin/periods/{id}/workload", old.period()).with(user(fixtures.login("admin"))))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Asesor " + old.member()).contains("workload-row");
	}

	@Test
	void copyingFromTheSamePeriodIsRefused() throws Exception {
		Setup s = setUp(2036);
		MockHttpServletResponse r = mvc.perform(post("/api/periods/{id}/teams/copy", s.period())
				.with(httpBasic("admin", "demo")).contentType("application/json").content("{\"from\": " + s.period() + "}"))
				.andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(List.of(json.readTree(r.getContentAsString()).get("message").asString()))
				.containsExactly("Pilih periode lain sebagai asal tim.");
	}
}
