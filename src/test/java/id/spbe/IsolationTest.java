package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.evaluation.EvaluationAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.BindingResult;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
	record Route(String name, boolean api, boolean write, Request request) {
	}

	/** The request for an evaluation, an evidence item of it and an interview session of it. */
	interface Request {
		AbstractMockHttpServletRequestBuilder<?> of(long evaluation, long evidence, long session);
	}

	static final List<Route> ROUTES = List.of(
			new Route("overview page", false, false, (e, x, s) -> get("/evaluations/{id}", e)),
			new Route("indicator page", false, false, (e, x, s) -> get("/evaluations/{id}/indicators/1", e)),
			new Route("readiness page", false, false, (e, x, s) -> get("/evaluations/{id}/readiness", e)),
			new Route("worksheet export", false, false, (e, x, s) -> get("/evaluations/{id}/worksheet.xlsx", e)),
			new Route("evidence download", false, false, (e, x, s) -> get("/evidence/{id}/content", x)),
			new Route("save entry", false, true, (e, x, s) -> post("/evaluations/{id}/indicators/1", e).param("level", "5")
					.param("justification", "diubah orang lain").param("version", "99")),
			new Route("approve", false, true, (e, x, s) -> post("/evaluations/{id}/indicators/1/approve", e)),
			new Route("assign", false, true, (e, x, s) -> post("/evaluations/{id}/assign", e).param("numbers", "1")),
			new Route("upload file", false, true, (e, x, s) -> multipart("/evaluations/{id}/indicators/1/evidence/file", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi".getBytes())).param("levels", "1")),
			new Route("add link", false, true, (e, x, s) -> post("/evaluations/{id}/indicators/1/evidence/link", e)
					.param("url", "https://x.go.id").param("accessedOn", "2021-07-01").param("levels", "1")),
			new Route("reuse evidence", false, true, (e, x, s) -> post("/evaluations/{id}/indicators/2/evidence/reuse", e)
					.param("evidenceId", "" + x).param("levels", "1")),
			new Route("remove evidence", false, true, (e, x, s) -> post("/evaluations/{id}/indicators/1/evidence/" + x + "/remove", e)),
			new Route("new evidence version", false, true, (e, x, s) -> multipart("/evaluations/{id}/indicators/1/evidence/" + x + "/version", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi baru".getBytes()))),
			new Route("submit", false, true, (e, x, s) -> post("/evaluations/{id}/submit", e)),
			new Route("worksheet import", false, true, (e, x, s) -> multipart("/evaluations/{id}/worksheet", e)
					.file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", "x".getBytes()))),
			new Route("API evaluation", true, false, (e, x, s) -> get("/api/evaluations/{id}", e)),
			new Route("API evidence content", true, false, (e, x, s) -> get("/api/evidence/{id}/content", x)),
			new Route("API put entry", true, true, (e, x, s) -> put("/api/evaluations/{id}/indicators/1", e)
					.contentType("application/json").content("{\"level\": 5, \"justification\": \"x\"}")),
			new Route("API upload", true, true, (e, x, s) -> multipart("/api/evaluations/{id}/indicators/1/evidence", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi".getBytes())).param("levels", "1")),
			new Route("API link", true, true, (e, x, s) -> post("/api/evaluations/{id}/indicators/1/evidence", e)
					.contentType("application/json").content("{\"url\": \"https://x.go.id\", \"accessedOn\": \"2021-07-01\", \"levels\": [1]}")),
			new Route("API approve", true, true, (e, x, s) -> post("/api/evaluations/{id}/indicators/1/approve", e)),
			new Route("API submit", true, true, (e, x, s) -> post("/api/evaluations/{id}/submit", e)),
			new Route("review page", false, false, (e, x, s) -> get("/evaluations/{id}/review", e)),
			new Route("review indicator page", false, false, (e, x, s) -> get("/evaluations/{id}/review/indicators/1", e)),
			new Route("new interview form", false, false, (e, x, s) -> get("/evaluations/{id}/interviews/new", e)),
			new Route("interview page", false, false, (e, x, s) -> get("/evaluations/{id}/interviews/{s}", e, s)),
			new Route("minutes PDF", false, false, (e, x, s) -> get("/evaluations/{id}/interviews/{s}/minutes.pdf", e, s)),
			new Route("API history", true, false, (e, x, s) -> get("/api/evaluations/{id}/indicators/1/history", e)),
			new Route("API evidence item judgements", true, false, (e, x, s) -> get("/api/evaluations/{id}/indicators/1/items", e)),
			new Route("results page", false, false, (e, x, s) -> get("/evaluations/{id}/results", e)),
			new Route("results what-if", false, false, (e, x, s) -> get("/evaluations/{id}/results", e).param("t1", "2")),
			new Route("results PDF", false, false, (e, x, s) -> get("/evaluations/{id}/results.pdf", e)),
			new Route("results Excel", false, false, (e, x, s) -> get("/evaluations/{id}/results.xlsx", e)),
			new Route("API results", true, false, (e, x, s) -> get("/api/evaluations/{id}/results", e)),
			new Route("save stage level", false, true, (e, x, s) -> post("/evaluations/{id}/review/indicators/1", e)
					.param("level", "5").param("note", "diubah")),
			new Route("judge evidence", false, true, (e, x, s) -> post("/evaluations/{id}/review/indicators/1/evidence/" + x, e)
					.param("status", "ACCEPTED")),
			new Route("judge evidence item", false, true, (e, x, s) -> post("/evaluations/{id}/review/indicators/1/items", e)
					.param("code", "I1-L1-01").param("status", "ACCEPTED")),
			new Route("carry over", false, true, (e, x, s) -> post("/evaluations/{id}/review/carry-over", e)),
			new Route("transition", false, true, (e, x, s) -> post("/evaluations/{id}/transition", e)
					.param("action", "START_DOCUMENT_REVIEW")),
			new Route("request clarification", false, true, (e, x, s) -> post("/evaluations/{id}/clarification", e)
					.param("numbers", "1").param("message", "tolong").param("deadline", "2099-01-01")),
			new Route("hand back", false, true, (e, x, s) -> post("/evaluations/{id}/transition", e).param("action", "HAND_BACK")),
			new Route("create interview", false, true, (e, x, s) -> post("/evaluations/{id}/interviews", e)
					.param("date", "2021-08-23").param("time", "09:00").param("medium", "Zoom")
					.param("assessorName", "A").param("agencyName", "B")),
			new Route("update interview", false, true, (e, x, s) -> post("/evaluations/{id}/interviews/{s}", e, s)
					.param("date", "2021-08-23").param("time", "09:00").param("medium", "Zoom")
					.param("assessorName", "A").param("agencyName", "B")),
			new Route("interview note", false, true, (e, x, s) -> post("/evaluations/{id}/interviews/{s}/notes", e, s)
					.param("number", "1").param("level", "2").param("note", "catatan")),
			new Route("API stage level", true, true, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/stages/DOCUMENT_REVIEW", e)
					.contentType("application/json").content("{\"level\": 5, \"note\": null}")),
			new Route("API judge evidence", true, true, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/evidence/" + x + "/review", e)
					.contentType("application/json").content("{\"status\": \"ACCEPTED\"}")),
			new Route("API judge evidence item", true, true, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/items/I1-L1-01", e)
					.contentType("application/json").content("{\"status\": \"ACCEPTED\"}")),
			new Route("API transition", true, true, (e, x, s) -> post("/api/evaluations/{id}/transitions", e)
					.contentType("application/json").content("{\"action\": \"START_DOCUMENT_REVIEW\"}")),
			new Route("API clarification", true, true, (e, x, s) -> post("/api/evaluations/{id}/clarifications", e)
					.contentType("application/json").content("{\"indicators\": [1], \"message\": \"x\", \"deadline\": \"2099-01-01\"}")));

	/** Routes that only the assessor team may use. */
	static final List<String> ASSESSOR_WRITES = List.of("save stage level", "judge evidence", "judge evidence item",
			"carry over", "transition", "request clarification", "create interview", "update interview", "interview note",
			"API stage level", "API judge evidence", "API judge evidence item", "API transition", "API clarification");

	@Autowired
	id.spbe.evaluation.Transitions transitions;
	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	id.spbe.evidence.EvidenceUploads uploads;

	@Autowired
	id.spbe.review.ReviewService review;
	@Autowired
	id.spbe.review.Interviews interviews;

	Fixtures.TestAgency owner;
	Fixtures.TestAgency other;
	long evidenceId;
	long sessionId;
	Fixtures.TestAgency finalised;
	Fixtures.Team finalisedTeam;

	@BeforeAll
	void agencies() {
		owner = fixtures.newAgency("spbe-2020");
		other = fixtures.newAgency("spbe-2020");
		evidenceId = uploads.upload(owner.operator(), owner.evaluationId(), 1, new id.spbe.evidence.EvidenceUploads.FileRequest(
				new id.spbe.evidence.EvidenceUploads.Upload("notulen.txt",
						new java.io.ByteArrayInputStream("Notulen rapat tim koordinasi".getBytes())), null, List.of(1), null))
				.evidenceId();
		sessionId = jdbc.queryForObject("insert into interview_session (evaluation_id, held_at, medium, created_by, created_at) "
				+ "values (?, now(), 'Zoom', ?, now()) returning id", Long.class, owner.evaluationId(), owner.coordinator().getId());
		finalised = finalisedEvaluation();
	}

	/** An evaluation taken through every stage, with an interview session, and finalised. */
	private Fixtures.TestAgency finalisedEvaluation() {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		fixtures.submit(a);
		finalisedTeam = fixtures.team(a);
		id.spbe.user.CurrentUser lead = finalisedTeam.lead();
		long id = a.evaluationId();
		transitions.move(lead, id, EvaluationAction.START_DOCUMENT_REVIEW, null);
		review.carryOver(lead, id);
		transitions.move(lead, id, EvaluationAction.START_INTERVIEW, null);
		id.spbe.review.InterviewForm form = new id.spbe.review.InterviewForm();
		form.setDate(java.time.LocalDate.of(2026, 1, 5));
		form.setTime(java.time.LocalTime.of(9, 0));
		form.setMedium("Zoom");
		form.setAssessorName(List.of("Asesor"));
		form.setAgencyName(List.of("Kadis"));
		interviews.create(lead, id, form);
		review.carryOver(lead, id);
		transitions.move(lead, id, EvaluationAction.START_FINAL_REVIEW, null);
		review.carryOver(lead, id);
		transitions.move(lead, id, EvaluationAction.FINALISE, null);
		return a;
	}

	private MvcResult perform(Route route, String username) throws Exception {
		return perform(route, username, owner.evaluationId(), evidenceId, sessionId);
	}

	private MvcResult perform(Route route, String username, long evaluation, long evidence, long session)
			throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = route.request().of(evaluation, evidence, session);
		if (route.api()) {
			request.with(httpBasic(username, "demo"));
		}
		else {
			request.with(user(fixtures.login(username))).with(csrf());
		}
		return mvc.perform(request).andReturn();
	}

	private String snapshot() {
		return snapshot(owner.evaluationId());
	}

	private String snapshot(long id) {
		return jdbc.queryForObject("select concat(count(s.*), '/', string_agg(s.stage || s.value || coalesce(s.note, ''), ',' "
				+ "order by s.id)) from stage_score s join indicator_assessment a on a.id = s.assessment_id where a.evaluation_id = ?",
				String.class, id)
				+ jdbc.queryForObject("select count(*) from score_change c join indicator_assessment a on a.id = c.assessment_id "
						+ "where a.evaluation_id = ?", Long.class, id)
				+ jdbc.queryForObject("select concat(count(*), '/', count(closed_at)) from clarification where evaluation_id = ?",
						String.class, id)
				+ jdbc.queryForObject("select concat(count(*), '/', string_agg(s.version || s.medium, ',')) from interview_session s "
						+ "where evaluation_id = ?", String.class, id)
				+ jdbc.queryForObject("select count(*) from interview_note n join interview_session s on s.id = n.session_id "
						+ "where s.evaluation_id = ?", Long.class, id)
				+ jdbc.queryForObject("select string_agg(u.review_status, ',' order by u.id) from evidence_use u "
						+ "join evidence e on e.id = u.evidence_id where e.evaluation_id = ?", String.class, id)
				+ jdbc.queryForObject("select count(*) from evidence_item_review r join indicator_assessment a "
						+ "on a.id = r.assessment_id where a.evaluation_id = ?", Long.class, id)
				+ jdbc.queryForObject("select string_agg(concat(indicator_number, ':', version), ',' order by indicator_number) "
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
				int status = perform(route, outsider).getResponse().getStatus();
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
			MvcResult response = perform(route, owner.operatorName());
			assertThat(refused(route, response)).as(name).isTrue();
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anAdministratorMayLookButNotWriteTheAgencysEntries() throws Exception {
		String before = snapshot();
		for (Route route : ROUTES) {
			MvcResult response = perform(route, "admin");
			if (route.write()) {
				assertThat(refused(route, response)).as(route.name()).isTrue();
			}
			else {
				assertThat(response.getResponse().getStatus()).as(route.name()).isEqualTo(200);
			}
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theAgencyIsRefusedEveryAssessorWrite() throws Exception {
		String before = snapshot();
		for (String who : new String[] { owner.coordinatorName(), owner.operatorName(), "admin" }) {
			for (String name : ASSESSOR_WRITES) {
				Route route = ROUTES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
				assertThat(refused(route, perform(route, who))).as(name + " by " + who).isTrue();
			}
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aFinalisedEvaluationRefusesEveryWriteOfEveryone() throws Exception {
		long id = finalised.evaluationId();
		long evidence = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, id);
		long session = jdbc.queryForObject("select min(id) from interview_session where evaluation_id = ?", Long.class, id);
		String before = snapshot(id);
		List<String> accepted = new ArrayList<>();
		for (String who : new String[] { finalisedTeam.leadName(), finalisedTeam.memberName(), finalised.coordinatorName(),
				finalised.operatorName(), "admin" }) {
			for (Route route : ROUTES) {
				if (!route.write()) {
					continue;
				}
				MvcResult response = perform(route, who, id, evidence, session);
				if (!refused(route, response)) {
					accepted.add(route.name() + " by " + who + ": " + response.getResponse().getStatus());
				}
			}
		}
		assertThat(accepted).isEmpty();
		assertThat(snapshot(id)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select state from evaluation where id = ?", String.class, id)).isEqualTo("FINALISED");
		// and every read still works for the team
		for (Route route : ROUTES) {
			if (!route.write() && !route.name().contains("evidence")) {
				assertThat(perform(route, finalisedTeam.leadName(), id, evidence, session).getResponse().getStatus())
						.as(route.name()).isEqualTo(200);
			}
		}
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

	/**
	 * A refusal: 403/409/400 status, or for pages a redirect carrying an error (a form's errors, or an
	 * error message), or the form again with one.
	 */
	private static boolean refused(Route route, MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status == 403 || status == 409 || status == 400) {
			return true;
		}
		if (route.api()) {
			return false;
		}
		if (status == 302) {
			return carriesError(result.getFlashMap());
		}
		return status == 200 && result.getModelAndView() != null && carriesError(result.getModelAndView().getModel());
	}

	private static boolean carriesError(Map<String, ?> attributes) {
		return attributes.entrySet().stream().anyMatch(a -> a.getValue() instanceof BindingResult b ? b.hasErrors()
				: (a.getKey().equals("error") || a.getKey().endsWith("Error")) && a.getValue() != null);
	}
}
