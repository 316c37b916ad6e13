package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import id.spbe.common.Wib;
import id.spbe.evaluation.EvaluationView;
import id.spbe.evaluation.Evaluations;
import id.spbe.evaluation.Transitions;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The agency's self-assessment window, on a frozen clock: every agency write route of the
 * isolation table (pages and API) is refused outside the window with its dates and changes
 * nothing; the pages show the deadline and the days left; an administrator's extension reopens it
 * for one agency, recorded; a clarification cannot be answered after its deadline.
 */
@IntegrationTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WindowTest {

	static final LocalDate OPENS = LocalDate.of(2030, 1, 1);
	static final LocalDate CLOSES = LocalDate.of(2030, 1, 31);

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;
	@Autowired
	Agencies agencies;
	@Autowired
	UserAccounts users;
	@Autowired
	Evaluations evaluations;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	EvidenceUploads uploads;
	@Autowired
	Transitions transitions;
	@Autowired
	MessageSource messages;
	@Autowired
	JsonMapper json;
	@Autowired
	ApplicationEvents events;

	Fixtures.TestAgency agency;
	long evidenceId;

	TestClock clock() {
		return (TestClock) clock;
	}

	@AfterEach
	void letTimeGo() {
		clock().reset();
	}

	/** The agency the tests that change nothing share. */
	@BeforeAll
	void agencyWithAWindow() {
		agencyWithAWindowOfItsOwn();
	}

	/** A new agency in a period of its own whose self-assessment runs through January 2030, nearly complete. */
	void agencyWithAWindowOfItsOwn() {
		String n = UUID.randomUUID().toString().substring(0, 8);
		AgencyView a = agencies.findOrCreate("Pemerintah Kota Jendela " + n, AgencyType.KOTA, "Uji");
		long period = evaluations.findOrCreatePeriod(new Evaluations.NewPeriod(2030, "Evaluasi Jendela " + n,
				instruments.currentId("spbe-2020").orElseThrow(), OPENS, CLOSES, LocalDate.of(2030, 2, 10),
				LocalDate.of(2030, 2, 28))).id();
		EvaluationView evaluation = evaluations.findOrOpen(period, a.id());
		users.createIfAbsent("koorj" + n, "demo", "Koordinator Jendela", Role.AGENCY_COORDINATOR, a.id());
		users.createIfAbsent("opj" + n, "demo", "Operator Jendela", Role.AGENCY_OPERATOR, a.id());
		agency = new Fixtures.TestAgency(a.id(), evaluation, fixtures.login("koorj" + n), fixtures.login("opj" + n),
				"koorj" + n, "opj" + n);
		clock().freeze(LocalDate.of(2030, 1, 15));
		try {
			fixtures.completeAllExcept(agency);
			evidenceId = uploads.upload(agency.operator(), agency.evaluationId(), 1, new EvidenceUploads.FileRequest(
					new EvidenceUploads.Upload("notulen.txt", new ByteArrayInputStream("Notulen rapat".getBytes())), null,
					List.of(1), null)).evidenceId();
		}
		finally {
			clock().reset();
		}
	}

	/** The agency's write routes of the isolation table: entries, evidence, approval, assignment, import, submission. */
	static List<IsolationTest.Route> agencyWrites() {
		return IsolationTest.ROUTES.stream().filter(r -> r.write() && (IsolationTest.AGENCY.equals(r.wrongRole())
				|| r.name().contains("submit"))).toList();
	}

	MvcResult perform(IsolationTest.Route route, String who) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = route.request().of(agency.evaluationId(), evidenceId, 0);
		if (route.api()) {
			request.with(httpBasic(who, "demo"));
		}
		else {
			request.with(user(fixtures.login(who))).with(csrf());
		}
		return mvc.perform(request).andReturn();
	}

	/** Everything of the evaluation an agency write could change. */
	String snapshot() {
		long id = agency.evaluationId();
		return jdbc.queryForObject("select string_agg(concat(indicator_number, ':', version, ':', entry_version, ':', "
				+ "coalesce(assignee_user_id, 0), ':', coalesce(approved_by, 0)), ',' order by indicator_number) "
				+ "from indicator_assessment where evaluation_id = ?", String.class, id)
				+ jdbc.queryForObject("select concat(count(*), '/', sum(case when hidden then 1 else 0 end)) from evidence "
						+ "where evaluation_id = ?", String.class, id)
				+ jdbc.queryForObject("select count(*) from evidence_use u join evidence e on e.id = u.evidence_id "
						+ "where e.evaluation_id = ?", Long.class, id)
				+ jdbc.queryForObject("select count(*) from evidence_version v join evidence e on e.id = v.evidence_id "
						+ "where e.evaluation_id = ?", Long.class, id)
				+ jdbc.queryForObject("select state || version from evaluation where id = ?", String.class, id);
	}

	/** The refusal's text is on the answer: the API's message, the page's kept form, or the page itself. */
	List<String> shown(MvcResult result, boolean api) throws Exception {
		MockHttpServletResponse response = result.getResponse();
		List<String> texts = new ArrayList<>();
		if (api) {
			texts.add(json.readTree(response.getContentAsString()).get("message").asString());
			return texts;
		}
		result.getFlashMap().forEach((k, v) -> {
			if (k.startsWith(BindingResult.MODEL_KEY_PREFIX)) {
				((BindingResult) v).getAllErrors().forEach(e -> texts.add(messages.getMessage(e, Locale.forLanguageTag("id"))));
			}
		});
		texts.add(HtmlUtils.htmlUnescape(response.getContentAsString()));
		return texts;
	}

	@Test
	void everyAgencyWriteIsRefusedAfterTheWindowWithItsDates() throws Exception {
		clock().freeze(CLOSES.plusDays(1));
		String before = snapshot();
		List<String> failures = new ArrayList<>();
		assertThat(agencyWrites()).hasSizeGreaterThan(12);
		for (IsolationTest.Route route : agencyWrites()) {
			MvcResult result = perform(route, agency.coordinatorName());
			int status = result.getResponse().getStatus();
			List<String> texts = shown(result, route.api());
			String what = route.name() + ": " + status + " " + texts;
			try {
				// refused page forms come back as their route shows refusals: the form again, or a redirect keeping it
				assertThat(status).as(what).isEqualTo(route.api() ? 409 : route.shown().target() == null ? 200 : 302);
				assertThat(texts).as(what).anySatisfy(t -> assertThat(t).contains(
						"Masa penilaian mandiri (2030-01-01 sampai 2030-01-31) sudah berakhir"));
			}
			catch (AssertionError e) {
				failures.add(e.getMessage());
			}
		}
		assertThat(failures).isEmpty();
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void beforeTheWindowOpensAWriteIsRefusedWithTheOpeningDay() throws Exception {
		clock().freeze(OPENS.minusDays(1));
		String before = snapshot();
		MockHttpServletResponse r = mvc.perform(put("/api/evaluations/{id}/indicators/1", agency.evaluationId())
				.with(httpBasic(agency.operatorName(), "demo")).header("Accept-Language", "en")
				.contentType("application/json").content("{\"level\": 2, \"justification\": \"x\", \"version\": 99}"))
				.andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(409);
		assertThat(json.readTree(r.getContentAsString()).get("message").asString())
				.isEqualTo("Self-assessment opens only on 2030-01-01 (until 2030-01-31); changes cannot be saved yet.");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void theAgencysPagesShowTheDeadlineAndTheDaysLeft() throws Exception {
		clock().freeze(CLOSES.minusDays(2));
		String overview = page("/evaluations/" + agency.evaluationId());
		assertThat(overview).contains("Batas penilaian mandiri: 31-01-2030 WIB (3 hari lagi, termasuk hari ini).");
		assertThat(page("/")).contains("3 hari lagi");
		clock().freeze(CLOSES);
		assertThat(page("/evaluations/" + agency.evaluationId())).contains("(1 hari lagi, termasuk hari ini)");
		clock().freeze(CLOSES.plusDays(1));
		assertThat(page("/evaluations/" + agency.evaluationId()))
				.contains("Penilaian mandiri ditutup sesudah 31-01-2030; perubahan tidak dapat disimpan.");
	}

	String page(String path) throws Exception {
		MockHttpServletResponse r = mvc.perform(get(path).with(user(agency.coordinator()))).andReturn().getResponse();
		assertThat(r.getStatus()).as(path).isEqualTo(200);
		return HtmlUtils.htmlUnescape(r.getContentAsString());
	}

	@Test
	void anAdministratorExtendsTheWindowForOneAgencyWithAReasonRecorded() throws Exception {
		// an agency of its own: the extension would open the shared agency's window for the other tests
		Fixtures.TestAgency shared = agency;
		long sharedEvidence = evidenceId;
		agencyWithAWindowOfItsOwn();
		try {
			clock().freeze(CLOSES.plusDays(1));
			long id = agency.evaluationId();
			// bad input changes nothing, and the page form keeps what was typed
			MvcResult noReason = mvc.perform(post("/admin/evaluations/{id}/extension", id).with(user(fixtures.login("admin")))
					.with(csrf()).param("until", "2030-02-05").param("reason", " ")).andReturn();
			assertThat(shown(noReason, false)).anySatisfy(t -> assertThat(t).isEqualTo("Tuliskan alasan perpanjangan."));
			assertThat(((BindingResult) noReason.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "extensionForm"))
					.getFieldValue("until")).isEqualTo("2030-02-05");
			MockHttpServletResponse notLater = mvc.perform(post("/api/evaluations/{id}/extensions", id)
					.with(httpBasic("admin", "demo")).contentType("application/json")
					.content("{\"until\": \"2030-01-20\", \"reason\": \"Banjir\"}")).andReturn().getResponse();
			assertThat(notLater.getStatus()).isEqualTo(400);
			assertThat(jdbc.queryForObject("select count(*) from window_extension where evaluation_id = ?", Long.class, id)).isZero();

			MockHttpServletResponse done = mvc.perform(post("/api/evaluations/{id}/extensions", id)
					.with(httpBasic("admin", "demo")).contentType("application/json")
					.content("{\"until\": \"2030-02-05\", \"reason\": \"Kantor terendam banjir\"}")).andReturn().getResponse();
			assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
			assertThat(json.readTree(done.getContentAsString()).get("until").asString()).isEqualTo("2030-02-05");
			assertThat(jdbc.queryForObject("select concat(until, '/', previous, '/', reason) from window_extension "
					+ "where evaluation_id = ?", String.class, id)).isEqualTo("2030-02-05/2030-01-31/Kantor terendam banjir");
			assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
				assertThat(e.action()).isEqualTo("WINDOW_EXTENDED");
				assertThat(e.agencyId()).isEqualTo(agency.agencyId());
				assertThat(e.detail()).contains("Kantor terendam banjir");
			});
			assertThat(page("/evaluations/" + id)).contains("05-02-2030").contains("diperpanjang");
			assertThat(mvc.perform(get("/admin/evaluations/{id}/extension", id).with(user(fixtures.login("admin"))))
					.andReturn().getResponse().getContentAsString()).contains("Kantor terendam banjir");

			long version = jdbc.queryForObject("select entry_version from indicator_assessment where evaluation_id = ? "
					+ "and indicator_number = 1", Long.class, id);
			MockHttpServletResponse saved = mvc.perform(put("/api/evaluations/{id}/indicators/1", id)
					.with(httpBasic(agency.coordinatorName(), "demo")).contentType("application/json")
					.content("{\"level\": 4, \"justification\": \"Diperbaiki dalam perpanjangan\", \"version\": " + version + "}"))
					.andReturn().getResponse();
			assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);

			clock().freeze(LocalDate.of(2030, 2, 6));
			MockHttpServletResponse late = mvc.perform(put("/api/evaluations/{id}/indicators/1", id)
					.with(httpBasic(agency.coordinatorName(), "demo")).contentType("application/json")
					.content("{\"level\": 5, \"justification\": \"Terlambat\", \"version\": " + (version + 1) + "}"))
					.andReturn().getResponse();
			assertThat(late.getStatus()).isEqualTo(409);
			assertThat(json.readTree(late.getContentAsString()).get("message").asString())
					.contains("2030-01-01 sampai 2030-02-05, sudah diperpanjang");
		}
		finally {
			agency = shared;
			evidenceId = sharedEvidence;
		}
	}

	@Test
	void aClarificationIsNotAnsweredAfterItsDeadline() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		LocalDate today = Wib.today(Clock.system(Wib.ZONE));
		transitions.requestClarification(c.team().lead(), c.id(),
				new Transitions.ClarificationRequest(List.of(1), "Mohon lengkapi SK", today.plusDays(2)));
		clock().freeze(today.plusDays(3));
		MockHttpServletResponse r = mvc.perform(post("/api/evaluations/{id}/transitions", c.id())
				.with(httpBasic(c.agency().coordinatorName(), "demo")).contentType("application/json")
				.content("{\"action\": \"HAND_BACK\", \"note\": \"Sudah kami lengkapi\"}")).andReturn().getResponse();
		assertThat(r.getStatus()).isEqualTo(409);
		assertThat(json.readTree(r.getContentAsString()).get("message").asString()).contains(today.plusDays(2).toString());
		assertThat(jdbc.queryForObject("select state from evaluation where id = ?", String.class, c.id()))
				.isEqualTo("DOCUMENT_REVIEW_CLARIFICATION");
		clock().freeze(today.plusDays(2));
		assertThat(mvc.perform(post("/api/evaluations/{id}/transitions", c.id())
				.with(httpBasic(c.agency().coordinatorName(), "demo")).contentType("application/json")
				.content("{\"action\": \"HAND_BACK\", \"note\": \"Sudah kami lengkapi\"}")).andReturn().getResponse()
				.getStatus()).isEqualTo(200);
	}
}
