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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.BindingResult;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenant isolation, table-driven: every page and API route that names an evaluation or an evidence
 * item, tried by users who may not use it. Outsiders (another agency's users, an assessor not
 * assigned) get 404 as if the thing did not exist; an agency user without the right gets a
 * refusal; nothing is ever changed. Add every new route to {@link #ROUTES}, or, for the
 * administrator's team page, to {@link #TEAM_ROUTES}.
 *
 * <p>Every refused probe is checked for the refusal itself, not just for "some answer": the API's
 * status and message, and on pages where the refusal shows ({@link Shown}) with its reason. The
 * checks live in {@link #assertRefused} and {@link #assertNotFound}; when pages change how they show
 * a refusal, change those two methods (and the {@code Shown} column), not the tests.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTest {

	/** The reason given to a caller whose role never does what the route does. */
	static final String AGENCY = "selfAssessment.error.agencyOnly";
	static final String TEAM = "review.error.assessorOnly";
	static final String WORKFLOW = "workflow.error.notYours";

	/**
	 * A route: name, whether it is API (HTTP Basic) or page (session + CSRF), whether it writes, how
	 * the page shows a refusal (null for the API and reads), the reason given to a caller whose role
	 * never uses it (null for reads), and the request for (evaluation, evidence, session).
	 */
	record Route(String name, boolean api, boolean write, Shown shown, String wrongRole, Request request) {
	}

	/** The request for an evaluation, an evidence item of it and an interview session of it. */
	interface Request {
		AbstractMockHttpServletRequestBuilder<?> of(long evaluation, long evidence, long session);
	}

	/**
	 * How a page shows a refusal: a redirect to {@code target} ({id}, {x}, {s}: the evaluation,
	 * evidence and session) carrying the refused form {@code attribute} with the reason among its
	 * errors; or, with no target, the form rendered again with the reason.
	 */
	record Shown(String target, String attribute) {

		/** Workflow moves send the agency back to its own overview and everyone else to the review. */
		String targetFor(boolean agency) {
			return agency && target != null && target.endsWith("/review") ? "/evaluations/{id}" : target;
		}
	}

	static final Shown FORM = new Shown(null, "error");

	static Shown redirect(String target, String attribute) {
		return new Shown(target, attribute);
	}

	static Route read(String name, Request request) {
		return new Route(name, false, false, null, null, request);
	}

	static Route readApi(String name, Request request) {
		return new Route(name, true, false, null, null, request);
	}

	static Route write(String name, Shown shown, String wrongRole, Request request) {
		return new Route(name, false, true, shown, wrongRole, request);
	}

	static Route writeApi(String name, String wrongRole, Request request) {
		return new Route(name, true, true, null, wrongRole, request);
	}

	static final String INTERVIEW_JSON = "{\"date\": \"2021-08-23\", \"time\": \"09:00\", \"medium\": \"Zoom\", "
			+ "\"attendees\": [{\"side\": \"ASSESSOR\", \"name\": \"A\"}, {\"side\": \"AGENCY\", \"name\": \"B\"}]}";

	static final List<Route> ROUTES = List.of(
			read("overview page", (e, x, s) -> get("/evaluations/{id}", e)),
			read("indicator page", (e, x, s) -> get("/evaluations/{id}/indicators/1", e)),
			read("readiness page", (e, x, s) -> get("/evaluations/{id}/readiness", e)),
			read("worksheet export", (e, x, s) -> get("/evaluations/{id}/worksheet.xlsx", e)),
			read("evidence download", (e, x, s) -> get("/evidence/{id}/content", x)),
			write("save entry", FORM, AGENCY, (e, x, s) -> post("/evaluations/{id}/indicators/1", e).param("level", "5")
					.param("justification", "diubah orang lain").param("version", "99")),
			write("approve", redirect("/evaluations/{id}/indicators/1#approval", "approveForm"), AGENCY,
					(e, x, s) -> post("/evaluations/{id}/indicators/1/approve", e)),
			write("assign", redirect("/evaluations/{id}", "assignForm"), AGENCY,
					(e, x, s) -> post("/evaluations/{id}/assign", e).param("numbers", "1")),
			write("upload file", redirect("/evaluations/{id}/indicators/1#upload", "fileEvidenceForm"), AGENCY,
					(e, x, s) -> multipart("/evaluations/{id}/indicators/1/evidence/file", e)
							.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi".getBytes())).param("levels", "1")),
			write("add link", redirect("/evaluations/{id}/indicators/1#link", "linkForm"), AGENCY,
					(e, x, s) -> post("/evaluations/{id}/indicators/1/evidence/link", e)
							.param("url", "https://x.go.id").param("accessedOn", "2021-07-01").param("levels", "1")),
			write("reuse evidence", redirect("/evaluations/{id}/indicators/2#reuse", "reuseForm"), AGENCY,
					(e, x, s) -> post("/evaluations/{id}/indicators/2/evidence/reuse", e)
							.param("evidenceId", "" + x).param("levels", "1")),
			write("remove evidence", redirect("/evaluations/{id}/indicators/1#evidence-item-{x}", "evidenceItemForm"), AGENCY,
					(e, x, s) -> post("/evaluations/{id}/indicators/1/evidence/" + x + "/remove", e)),
			write("new evidence version", redirect("/evaluations/{id}/indicators/1#evidence-item-{x}", "evidenceItemForm"), AGENCY,
					(e, x, s) -> multipart("/evaluations/{id}/indicators/1/evidence/" + x + "/version", e)
							.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi baru".getBytes()))),
			write("submit", redirect("/evaluations/{id}/readiness", "submitForm"), WORKFLOW,
					(e, x, s) -> post("/evaluations/{id}/submit", e)),
			write("worksheet import", redirect("/evaluations/{id}", "importForm"), AGENCY,
					(e, x, s) -> multipart("/evaluations/{id}/worksheet", e)
							.file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", "x".getBytes()))),
			readApi("API evaluation", (e, x, s) -> get("/api/evaluations/{id}", e)),
			readApi("API evidence content", (e, x, s) -> get("/api/evidence/{id}/content", x)),
			writeApi("API put entry", AGENCY, (e, x, s) -> put("/api/evaluations/{id}/indicators/1", e)
					.contentType("application/json").content("{\"level\": 5, \"justification\": \"x\", \"version\": 0}")),
			writeApi("API upload", AGENCY, (e, x, s) -> multipart("/api/evaluations/{id}/indicators/1/evidence", e)
					.file(new MockMultipartFile("file", "x.txt", "text/plain", "isi".getBytes())).param("levels", "1")),
			writeApi("API link", AGENCY, (e, x, s) -> post("/api/evaluations/{id}/indicators/1/evidence", e)
					.contentType("application/json").content("{\"url\": \"https://x.go.id\", \"accessedOn\": \"2021-07-01\", \"levels\": [1]}")),
			writeApi("API approve", AGENCY, (e, x, s) -> post("/api/evaluations/{id}/indicators/1/approve", e)
					.contentType("application/json").content("{\"version\": 0}")),
			writeApi("API submit", WORKFLOW, (e, x, s) -> post("/api/evaluations/{id}/submit", e)),
			write("approve many", redirect("/evaluations/{id}#approvals", "approvalsForm"), AGENCY,
					(e, x, s) -> post("/evaluations/{id}/approvals", e).param("entries", "1:0")),
			writeApi("API approve many", AGENCY, (e, x, s) -> post("/api/evaluations/{id}/approvals", e)
					.contentType("application/json").content("{\"entries\": {\"1\": 0}}")),
			read("review page", (e, x, s) -> get("/evaluations/{id}/review", e)),
			read("review indicator page", (e, x, s) -> get("/evaluations/{id}/review/indicators/1", e)),
			read("new interview form", (e, x, s) -> get("/evaluations/{id}/interviews/new", e)),
			read("interview page", (e, x, s) -> get("/evaluations/{id}/interviews/{s}", e, s)),
			read("minutes PDF", (e, x, s) -> get("/evaluations/{id}/interviews/{s}/minutes.pdf", e, s)),
			readApi("API interview session", (e, x, s) -> get("/api/evaluations/{id}/interviews/{s}", e, s)),
			readApi("API history", (e, x, s) -> get("/api/evaluations/{id}/indicators/1/history", e)),
			readApi("API evidence item judgements", (e, x, s) -> get("/api/evaluations/{id}/indicators/1/items", e)),
			read("results page", (e, x, s) -> get("/evaluations/{id}/results", e)),
			read("results what-if", (e, x, s) -> get("/evaluations/{id}/results", e).param("t1", "2")),
			read("results PDF", (e, x, s) -> get("/evaluations/{id}/results.pdf", e)),
			read("results Excel", (e, x, s) -> get("/evaluations/{id}/results.xlsx", e)),
			readApi("API results", (e, x, s) -> get("/api/evaluations/{id}/results", e)),
			// the form always names the stage it was typed for; without it the save is refused for that alone
			write("save stage level", redirect("/evaluations/{id}/review/indicators/1", "stageForm"), TEAM,
					(e, x, s) -> post("/evaluations/{id}/review/indicators/1", e).param("stage", "DOCUMENT_REVIEW")
							.param("level", "5").param("note", "diubah")),
			// the same saves sent by htmx: answered with their block of the page, the refusal in it
			write("save stage level by htmx", FORM, TEAM,
					(e, x, s) -> post("/evaluations/{id}/review/indicators/1", e).header("HX-Request", "true")
							.param("stage", "DOCUMENT_REVIEW").param("level", "5").param("note", "diubah")),
			write("judge evidence by htmx", FORM, TEAM,
					(e, x, s) -> post("/evaluations/{id}/review/indicators/1/evidence/" + x, e).header("HX-Request", "true")
							.param("status", "ACCEPTED")),
			write("judge evidence", redirect("/evaluations/{id}/review/indicators/1#evidence-{x}", "judgementForm"), TEAM,
					(e, x, s) -> post("/evaluations/{id}/review/indicators/1/evidence/" + x, e).param("status", "ACCEPTED")),
			write("judge evidence items", redirect("/evaluations/{id}/review/indicators/1#items", "itemsForm"), TEAM,
					(e, x, s) -> post("/evaluations/{id}/review/indicators/1/items", e)
							.param("rows[0].code", "I1-L1-01").param("rows[0].status", "ACCEPTED")),
			write("carry over", redirect("/evaluations/{id}/review", "carryOverForm"), TEAM,
					(e, x, s) -> post("/evaluations/{id}/review/carry-over", e)),
			write("transition", redirect("/evaluations/{id}/review", "transitionForm"), WORKFLOW,
					(e, x, s) -> post("/evaluations/{id}/transition", e).param("action", "START_DOCUMENT_REVIEW")),
			write("request clarification", redirect("/evaluations/{id}/review#clarification", "clarificationForm"), WORKFLOW,
					(e, x, s) -> post("/evaluations/{id}/clarification", e)
							.param("numbers", "1").param("message", "tolong").param("deadline", "2099-01-01")),
			write("hand back", redirect("/evaluations/{id}/review", "transitionForm"), WORKFLOW,
					(e, x, s) -> post("/evaluations/{id}/transition", e).param("action", "HAND_BACK")),
			write("create interview", FORM, TEAM, (e, x, s) -> post("/evaluations/{id}/interviews", e)
					.param("date", "2021-08-23").param("time", "09:00").param("medium", "Zoom")
					.param("assessorName", "A").param("agencyName", "B")),
			write("update interview", FORM, TEAM, (e, x, s) -> post("/evaluations/{id}/interviews/{s}", e, s)
					.param("date", "2021-08-23").param("time", "09:00").param("medium", "Zoom")
					.param("assessorName", "A").param("agencyName", "B")),
			write("interview note", redirect("/evaluations/{id}/interviews/{s}#notes", "noteForm"), TEAM,
					(e, x, s) -> post("/evaluations/{id}/interviews/{s}/notes", e, s)
							.param("number", "1").param("level", "2").param("note", "catatan")),
			writeApi("API stage level", TEAM, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/stages/DOCUMENT_REVIEW", e)
					.contentType("application/json").content("{\"level\": 5, \"note\": null, \"seen\": 0}")),
			writeApi("API judge evidence", TEAM, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/evidence/" + x + "/review", e)
					.contentType("application/json").content("{\"status\": \"ACCEPTED\"}")),
			writeApi("API judge evidence item", TEAM, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/items/I1-L1-01", e)
					.contentType("application/json").content("{\"status\": \"ACCEPTED\"}")),
			writeApi("API judge evidence items", TEAM, (e, x, s) -> put("/api/evaluations/{id}/indicators/1/items", e)
					.contentType("application/json").content("{\"I1-L1-01\": {\"status\": \"ACCEPTED\"}}")),
			writeApi("API transition", WORKFLOW, (e, x, s) -> post("/api/evaluations/{id}/transitions", e)
					.contentType("application/json").content("{\"action\": \"START_DOCUMENT_REVIEW\"}")),
			writeApi("API clarification", WORKFLOW, (e, x, s) -> post("/api/evaluations/{id}/clarifications", e)
					.contentType("application/json").content("{\"indicators\": [1], \"message\": \"x\", \"deadline\": \"2099-01-01\"}")),
			writeApi("API create interview", TEAM, (e, x, s) -> post("/api/evaluations/{id}/interviews", e)
					.contentType("application/json").content(INTERVIEW_JSON)),
			writeApi("API update interview", TEAM, (e, x, s) -> put("/api/evaluations/{id}/interviews/{s}", e, s)
					.contentType("application/json").content(INTERVIEW_JSON)));

	/** A route of the administrator's team page, for an evaluation and an assessor. */
	record TeamRoute(String name, boolean write, TeamRequest request) {
	}

	interface TeamRequest {
		AbstractMockHttpServletRequestBuilder<?> of(long evaluation, long assessor);
	}

	/**
	 * The team routes: the administrator's alone (the security chain refuses {@code /admin/**} with
	 * 403 to everyone else, whatever the evaluation, so it tells outsiders nothing), and on a
	 * finalised evaluation read-only for the administrator too.
	 */
	static final List<TeamRoute> TEAM_ROUTES = List.of(
			new TeamRoute("team page", false, (e, a) -> get("/admin/evaluations/{id}/team", e)),
			new TeamRoute("add to team", true, (e, a) -> post("/admin/evaluations/{id}/team", e)
					.param("assessorId", "" + a).param("lead", "false")),
			new TeamRoute("make lead", true, (e, a) -> post("/admin/evaluations/{id}/team", e)
					.param("assessorId", "" + a).param("lead", "true")),
			new TeamRoute("remove from team", true, (e, a) -> post("/admin/evaluations/{id}/team/{a}/remove", e, a)));

	/** Routes that only the assessor team may use. */
	static final List<String> ASSESSOR_WRITES = List.of("save stage level", "judge evidence", "judge evidence items",
			"save stage level by htmx", "judge evidence by htmx",
			"carry over", "transition", "request clarification", "create interview", "update interview", "interview note",
			"API stage level", "API judge evidence", "API judge evidence item", "API judge evidence items", "API transition",
			"API clarification", "API create interview", "API update interview");

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
	@Autowired
	MessageSource messages;
	@Autowired
	JsonMapper json;

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
		form.at(java.time.LocalDate.of(2026, 1, 5), java.time.LocalTime.of(9, 0));
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

	/** One request: a route tried by a user on an evaluation, one of its evidence items and one of its interview sessions. */
	record Probe(Route route, String who, long evaluation, long evidence, long session) {

		/** A path of {@link Shown#target()} with the ids of this probe. */
		String path(String template) {
			return template.replace("{id}", "" + evaluation).replace("{x}", "" + evidence).replace("{s}", "" + session);
		}

		@Override
		public String toString() {
			return route.name() + " by " + who;
		}
	}

	/** The refusal a probe expects: the HTTP status of its kind, its reason, and whether the page itself is refused. */
	record Refusal(int status, String key, boolean errorPage) {

		static Refusal forbidden(String key) {
			return new Refusal(403, key, false);
		}

		static Refusal conflict(String key) {
			return new Refusal(409, key, false);
		}

		/** The user may not even see the form, so the error page shows the refusal with its status. */
		Refusal onErrorPage() {
			return new Refusal(status, key, true);
		}
	}

	private Probe probe(Route route, String who) {
		return new Probe(route, who, owner.evaluationId(), evidenceId, sessionId);
	}

	private MvcResult perform(Probe p) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = p.route().request().of(p.evaluation(), p.evidence(), p.session());
		if (p.route().api()) {
			request.with(httpBasic(p.who(), "demo"));
		}
		else {
			request.with(user(fixtures.login(p.who()))).with(csrf());
		}
		return mvc.perform(request).andReturn();
	}

	/**
	 * Asserts that the probe was refused with {@code expected}: the API with the refusal's status and
	 * reason; a page with the error page and the refusal's status, or as its route shows refusals
	 * ({@link Shown}): a redirect to the route's target with the reason in the route's flash
	 * attribute, or the form again (200) with the reason on it. Anything else fails, in particular
	 * a page that answers 200 without the reason. When refused forms answer with the refusal's
	 * status instead of redirecting, the last two branches become the error-page branch.
	 */
	private void assertRefused(Probe p, MvcResult result, Refusal expected) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		String what = p + ": expected " + expected + ", got " + response.getStatus() + " " + response.getRedirectedUrl()
				+ " " + result.getFlashMap();
		Pattern reason = message(expected.key());
		if (p.route().api()) {
			assertThat(response.getStatus()).as(what).isEqualTo(expected.status());
			assertThat(json.readTree(response.getContentAsString()).get("message").asString()).as(what).matches(reason);
		}
		else if (expected.errorPage()) {
			assertThat(response.getStatus()).as(what).isEqualTo(expected.status());
			assertThat(reason.matcher(body(response)).find()).as(what + ", the reason on the error page").isTrue();
		}
		else if (p.route().shown().target() == null) {
			assertThat(response.getStatus()).as(what).isEqualTo(200);
			assertThat(reason.matcher(body(response)).find()).as(what + ", the reason on the form").isTrue();
		}
		else {
			assertThat(response.getStatus()).as(what).isEqualTo(302);
			boolean agency = !p.route().api() && fixtures.login(p.who()).getRole().isAgencyRole()
					&& p.route().wrongRole().equals(WORKFLOW);
			assertThat(response.getRedirectedUrl()).as(what).isEqualTo(p.path(p.route().shown().targetFor(agency)));
			Object kept = result.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + p.route().shown().attribute());
			assertThat(kept).as(what + ", the refused form kept with its errors").isInstanceOf(BindingResult.class);
			assertThat(((BindingResult) kept).getAllErrors()).as(what)
					.anySatisfy(e -> assertThat(messages.getMessage(e, Locale.forLanguageTag("id"))).matches(reason));
		}
	}

	/** Asserts that the probe got 404 as if the evaluation did not exist, and no trace of it. */
	private void assertNotFound(Probe p, MvcResult result) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		assertThat(response.getStatus()).as(p.toString()).isEqualTo(404);
		assertThat(body(response)).as(p.toString()).doesNotContain(owner.evaluation().agencyName());
		if (p.route().api()) {
			assertThat(json.readTree(response.getContentAsString()).get("message").asString()).as(p.toString())
					.matches(message("api.error.notFound"));
		}
	}

	/** Runs a check and keeps its failure, so that one run lists every probe that fails. */
	private static void collect(List<String> failures, Check check) throws Exception {
		try {
			check.run();
		}
		catch (AssertionError e) {
			failures.add(e.getMessage());
		}
	}

	interface Check {
		void run() throws Exception;
	}

	private static String body(MockHttpServletResponse response) throws Exception {
		return HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	/** The Indonesian text of a message key as a pattern, any argument standing for any text. */
	private Pattern message(String key) {
		Object[] args = IntStream.range(0, 10).mapToObj(i -> "@@" + i + "@@").toArray();
		String text = messages.getMessage(key, args, Locale.forLanguageTag("id"));
		return Pattern.compile(Arrays.stream(text.split("@@\\d@@", -1)).map(Pattern::quote)
				.collect(Collectors.joining(".+?")), Pattern.DOTALL);
	}

	private Route route(String name) {
		return ROUTES.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
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
				+ jdbc.queryForObject("select concat(string_agg(assessor_id || ':' || lead, ',' order by assessor_id), '/', "
						+ "(select count(*) from team_change where evaluation_id = ?)) from assessor_assignment where evaluation_id = ?",
						String.class, id, id)
				+ jdbc.queryForObject("select count(approved_by) from indicator_assessment where evaluation_id = ?", Long.class, id)
				+ jdbc.queryForObject("select state || version from evaluation where id = ?", String.class, id);
	}

	@Test
	void anotherAgencysUsersAndAnUnassignedAssessorGet404OnEveryRoute() throws Exception {
		String before = snapshot();
		List<String> failures = new ArrayList<>();
		for (String outsider : new String[] { other.operatorName(), other.coordinatorName(), "asesor" }) {
			for (Route route : ROUTES) {
				Probe p = probe(route, outsider);
				MvcResult result = perform(p);
				collect(failures, () -> assertNotFound(p, result));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anOperatorIsRefusedTheCoordinatorsActions() throws Exception {
		String before = snapshot();
		List<String> failures = new ArrayList<>();
		for (String name : new String[] { "approve", "assign", "submit", "API approve", "API submit", "approve many",
				"API approve many" }) {
			Probe p = probe(route(name), owner.operatorName());
			MvcResult result = perform(p);
			// submitting is a workflow move, which the table gives the coordinator alone
			String reason = name.contains("submit") ? WORKFLOW : "selfAssessment.error.coordinatorOnly";
			collect(failures, () -> assertRefused(p, result, Refusal.forbidden(reason)));
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anAdministratorMayLookButNotWriteTheAgencysEntries() throws Exception {
		String before = snapshot();
		List<String> failures = new ArrayList<>();
		for (Route route : ROUTES) {
			Probe p = probe(route, "admin");
			MvcResult result = perform(p);
			if (route.write()) {
				collect(failures, () -> assertRefused(p, result, Refusal.forbidden(route.wrongRole())));
			}
			else {
				collect(failures, () -> assertThat(result.getResponse().getStatus()).as(p.toString()).isEqualTo(200));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theAgencyIsRefusedEveryAssessorWrite() throws Exception {
		String before = snapshot();
		List<String> failures = new ArrayList<>();
		for (String who : new String[] { owner.coordinatorName(), owner.operatorName(), "admin" }) {
			for (String name : ASSESSOR_WRITES) {
				Probe p = probe(route(name), who);
				MvcResult result = perform(p);
				collect(failures, () -> assertRefused(p, result, beforeFinal(p)));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	/**
	 * The refusal of an assessor write before finalisation: the reason for the caller's role, except
	 * that the agency may not read the review yet, which the stage form and the interview forms read
	 * first (the interview forms cannot even be shown again).
	 */
	private Refusal beforeFinal(Probe p) {
		boolean agency = !p.who().equals("admin");
		return switch (p.route().name()) {
			case "save stage level" -> agency ? Refusal.forbidden("review.error.notYetForAgency") : Refusal.forbidden(TEAM);
			// the block answered to htmx is a part of the review, which the agency may not read yet
			case "save stage level by htmx", "judge evidence by htmx" -> agency
					? Refusal.forbidden("review.error.notYetForAgency").onErrorPage() : Refusal.forbidden(TEAM);
			case "create interview", "update interview" -> agency
					? Refusal.forbidden("review.error.notYetForAgency").onErrorPage() : Refusal.forbidden(TEAM);
			default -> Refusal.forbidden(p.route().wrongRole());
		};
	}

	@Test
	void aFinalisedEvaluationRefusesEveryWriteOfEveryone() throws Exception {
		long id = finalised.evaluationId();
		long evidence = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, id);
		long session = jdbc.queryForObject("select min(id) from interview_session where evaluation_id = ?", Long.class, id);
		String before = snapshot(id);
		List<String> failures = new ArrayList<>();
		for (String who : new String[] { finalisedTeam.leadName(), finalisedTeam.memberName(), finalised.coordinatorName(),
				finalised.operatorName(), "admin" }) {
			for (Route route : ROUTES) {
				if (!route.write()) {
					continue;
				}
				Probe p = new Probe(route, who, id, evidence, session);
				MvcResult result = perform(p);
				collect(failures, () -> assertRefused(p, result, afterFinal(p)));
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot(id)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select state from evaluation where id = ?", String.class, id)).isEqualTo("FINALISED");
		// and every read still works for the team
		for (Route route : ROUTES) {
			if (!route.write() && !route.name().contains("evidence")) {
				assertThat(perform(new Probe(route, finalisedTeam.leadName(), id, evidence, session)).getResponse().getStatus())
						.as(route.name()).isEqualTo(200);
			}
		}
	}

	/** Routes that add evidence: after submission the agency may do so only for a clarification. */
	static final List<String> EVIDENCE_ADDS = List.of("upload file", "add link", "reuse evidence", "new evidence version",
			"API upload", "API link");

	/**
	 * The refusal of a write on a finalised evaluation. Whoever's role may take the route is refused
	 * because of the state (409): the agency's entries are locked since submission, the review is
	 * read-only, a workflow action is not allowed in this state. Everyone else gets the reason for
	 * their role (403), as does a team member for a workflow action only the lead ever takes.
	 */
	private Refusal afterFinal(Probe p) {
		Route route = p.route();
		boolean lead = p.who().equals(finalisedTeam.leadName());
		boolean assessor = lead || p.who().equals(finalisedTeam.memberName());
		boolean coordinator = p.who().equals(finalised.coordinatorName());
		boolean agency = coordinator || p.who().equals(finalised.operatorName());
		if (agency && route.wrongRole().equals(AGENCY)) {
			return Refusal.conflict(EVIDENCE_ADDS.contains(route.name()) ? "selfAssessment.error.lockedReview"
					: "selfAssessment.error.locked");
		}
		if (assessor && route.wrongRole().equals(TEAM)) {
			return Refusal.conflict("review.error.finalised");
		}
		if (route.wrongRole().equals(WORKFLOW)) {
			boolean takesIt = route.name().equals("hand back") || route.name().contains("submit") ? coordinator
					: route.name().contains("clarification") ? assessor : lead;
			if (takesIt) {
				return Refusal.conflict("workflow.error.notAllowed");
			}
		}
		return Refusal.forbidden(route.wrongRole());
	}

	@Test
	void onlyAnAdministratorReachesTheTeamRoutes() throws Exception {
		String before = snapshot() + snapshot(finalised.evaluationId());
		long member = finalisedTeam.member().getId();
		List<String> failures = new ArrayList<>();
		for (String who : new String[] { owner.coordinatorName(), owner.operatorName(), other.operatorName(), "asesor",
				finalisedTeam.leadName(), finalisedTeam.memberName() }) {
			for (long evaluation : new long[] { owner.evaluationId(), finalised.evaluationId() }) {
				for (TeamRoute route : TEAM_ROUTES) {
					int status = mvc.perform(route.request().of(evaluation, member).with(user(fixtures.login(who)))
							.with(csrf())).andReturn().getResponse().getStatus();
					collect(failures, () -> assertThat(status).as(route.name() + " by " + who).isEqualTo(403));
				}
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot() + snapshot(finalised.evaluationId())).isEqualTo(before);
	}

	@Test
	void aFinalisedEvaluationsTeamIsReadOnlyForTheAdministratorToo() throws Exception {
		long id = finalised.evaluationId();
		String before = snapshot(id);
		List<String> failures = new ArrayList<>();
		// a newcomer, a member made lead, the lead taken off
		long[] assessors = { fixtures.login("asesor").getId(), finalisedTeam.member().getId(), finalisedTeam.lead().getId() };
		for (TeamRoute route : TEAM_ROUTES) {
			for (long assessor : assessors) {
				MvcResult result = mvc.perform(route.request().of(id, assessor).with(user(fixtures.login("admin"))).with(csrf()))
						.andReturn();
				String what = route.name() + " of " + assessor;
				if (!route.write()) {
					collect(failures, () -> assertThat(result.getResponse().getStatus()).as(what).isEqualTo(200));
					continue;
				}
				collect(failures, () -> {
					assertThat(result.getResponse().getRedirectedUrl()).as(what).isEqualTo("/admin/evaluations/" + id + "/team");
					assertThat(Refusals.of(result, "teamForm")).as(what).isNotNull();
					assertThat(Refusals.of(result, "teamForm").getAllErrors()).as(what).anySatisfy(e -> assertThat(
							messages.getMessage(e, Locale.forLanguageTag("id"))).matches(message("team.error.finalised")));
				});
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot(id)).isEqualTo(before);
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
}
