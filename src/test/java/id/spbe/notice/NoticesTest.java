package id.spbe.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.Wib;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.ReviewStatus;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.review.InterviewForm;
import id.spbe.review.Interviews;
import id.spbe.review.Judgements;
import id.spbe.review.RevisionReason;
import id.spbe.review.ReviewService;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Needs your action" per role, through {@code GET /api/notices} (the home page shows the same
 * list, see {@link NoticePagesTest}): what each reader gets, what goes away once done, and that
 * nobody gets another agency's or another team's notices.
 */
@IntegrationTest
class NoticesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	Judgements judgements;
	@Autowired
	EvidenceService evidence;
	@Autowired
	Assessments assessments;
	@Autowired
	ReviewService review;
	@Autowired
	Interviews interviews;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	JsonMapper json;
	@Autowired
	Clock clock;

	@Test
	void theAgencySeesItsClarificationWithDeadlineAndTheEvidenceInRevisionOnTheIndicatorsSentBack() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		CurrentUser lead = c.team().lead();
		transitions.move(lead, c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		String item2 = instruments.current("pemdi-2026").orElseThrow().indicator(2).orElseThrow().evidenceItems().get(0).code();
		String item8 = instruments.current("pemdi-2026").orElseThrow().indicator(8).orElseThrow().evidenceItems().get(0).code();
		judgements.reviewItem(lead, c.id(), 2, item2, new Judgements.ItemJudgement(ReviewStatus.NEEDS_REVISION, RevisionReason.OTHER, "SK belum ditandatangani"));
		judgements.reviewItem(lead, c.id(), 8, item8, new Judgements.ItemJudgement(ReviewStatus.NEEDS_REVISION, RevisionReason.OTHER, "tidak diminta"));
		evidence.review(lead, c.id(), 3, linkOf(c.id(), 3), ReviewStatus.NEEDS_REVISION, "tautan mati");
		LocalDate today = Wib.today(clock);
		transitions.requestClarification(lead, c.id(), new Transitions.ClarificationRequest(List.of(2, 3, 4),
				"Lengkapi SK.", today.plusDays(5)));

		JsonNode notices = notices(c.agency().coordinatorName(), "id");
		JsonNode clarification = only(notices, "CLARIFICATION_OPEN");
		assertThat(clarification.propertyNames()).containsExactlyInAnyOrder("kind", "message", "link", "deadline", "daysLeft");
		assertThat(clarification.get("link").asString()).isEqualTo("/evaluations/" + c.id());
		assertThat(clarification.get("deadline").asString()).isEqualTo(today.plusDays(5).toString());
		assertThat(clarification.get("daysLeft").asLong()).isEqualTo(6);
		assertThat(clarification.get("message").asString()).contains("Klarifikasi diminta").contains("2, 3, 4");
		// indicator 2 (an item of the instrument) and 3 (the evidence itself) sent back; 8 was not sent back
		assertThat(links(notices, "ITEMS_IN_REVISION")).containsExactly("/evaluations/" + c.id() + "/indicators/2",
				"/evaluations/" + c.id() + "/indicators/3");
		// the operator acts on the clarification too; in English for an English request
		JsonNode english = notices(c.agency().operatorName(), "en");
		assertThat(only(english, "CLARIFICATION_OPEN").get("message").asString()).startsWith("Clarification requested");
		assertThat(kinds(english)).doesNotContain("ENTRIES_TO_APPROVE");

		// another agency sees none of it; the assessors get no agency notices
		Fixtures.TestAgency other = fixtures.newAgency("pemdi-2026");
		assertThat(json.writeValueAsString(notices(other.coordinatorName(), "id"))).doesNotContain("/evaluations/" + c.id());
		assertThat(kinds(notices(c.team().leadName(), "id"))).doesNotContain("CLARIFICATION_OPEN", "ITEMS_IN_REVISION");

		transitions.move(c.agency().coordinator(), c.id(), EvaluationAction.HAND_BACK, "SK terlampir.");
		assertThat(kinds(notices(c.agency().coordinatorName(), "id"))).doesNotContain("CLARIFICATION_OPEN", "ITEMS_IN_REVISION");
	}

	@Test
	void entriesAssignedAndNotFilledThenWaitingForTheCoordinatorsApproval() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long op = a.operator().getId();
		assessments.assign(a.evaluationId(), 1, op, null, a.coordinator().getId());
		assessments.assign(a.evaluationId(), 2, op, null, a.coordinator().getId());
		JsonNode toFill = only(notices(a.operatorName(), "id"), "ENTRIES_TO_FILL");
		assertThat(toFill.get("message").asString()).startsWith("2 indikator yang ditugaskan kepada Anda belum diisi");
		assertThat(toFill.get("link").asString()).isEqualTo("/evaluations/" + a.evaluationId() + "?mine=true");
		assertThat(toFill.get("deadline").asString()).isEqualTo(a.evaluation().window().lastDay().toString());
		// assigned to the operator, not to the coordinator; nothing filled, so nothing to approve
		assertThat(kinds(notices(a.coordinatorName(), "id"))).doesNotContain("ENTRIES_TO_FILL", "ENTRIES_TO_APPROVE");

		assessments.saveSelf(a.evaluationId(), 1, new Assessments.SelfEntry(new BigDecimal("3"), "Sudah ada SK.", null), op);
		assertThat(only(notices(a.operatorName(), "id"), "ENTRIES_TO_FILL").get("message").asString()).startsWith("1 indikator");
		assertThat(kinds(notices(a.operatorName(), "id"))).doesNotContain("ENTRIES_TO_APPROVE");
		JsonNode toApprove = only(notices(a.coordinatorName(), "id"), "ENTRIES_TO_APPROVE");
		assertThat(toApprove.get("message").asString()).startsWith("1 isian menunggu persetujuan Anda");
		assertThat(toApprove.get("link").asString()).isEqualTo("/evaluations/" + a.evaluationId());

		assessments.approve(a.evaluationId(), 1, null, a.coordinator().getId());
		assertThat(kinds(notices(a.coordinatorName(), "id"))).doesNotContain("ENTRIES_TO_APPROVE");
	}

	@Test
	void theAssessorSeesOnlyAssignedEvaluationsTheirAnswersAndInterviewsToCome() throws Exception {
		Fixtures.InReview mine = fixtures.inDocumentReview();
		Fixtures.InReview theirs = fixtures.inDocumentReview();
		// an agency's draft is not the assessors' yet, even with a team
		Fixtures.TestAgency draft = fixtures.newAgency("spbe-2020");
		Fixtures.Team draftTeam = fixtures.team(draft);
		assertThat(notices(draftTeam.leadName(), "id")).isEmpty();

		CurrentUser lead = mine.team().lead();
		JsonNode waiting = only(notices(mine.team().memberName(), "id"), "REVIEW_WAITING");
		assertThat(waiting.get("link").asString()).isEqualTo("/evaluations/" + mine.id() + "/review");
		assertThat(waiting.get("message").asString()).contains(mine.agency().evaluation().agencyName())
				.contains("penilaian dokumen");
		assertThat(json.writeValueAsString(notices(mine.team().leadName(), "id"))).doesNotContain("/evaluations/" + theirs.id());

		transitions.requestClarification(lead, mine.id(), new Transitions.ClarificationRequest(List.of(4),
				"Lampirkan SK.", Wib.today(clock).plusDays(3)));
		assertThat(kinds(notices(mine.team().leadName(), "id"))).doesNotContain("REVIEW_WAITING", "CLARIFICATION_ANSWERED");
		transitions.move(mine.agency().coordinator(), mine.id(), EvaluationAction.HAND_BACK, "SK terlampir.");
		JsonNode answered = only(notices(mine.team().memberName(), "id"), "CLARIFICATION_ANSWERED");
		assertThat(answered.get("message").asString()).contains("indikator 4");
		assertThat(answered.get("link").asString()).isEqualTo("/evaluations/" + mine.id() + "/review");
		assertThat(kinds(notices(theirs.team().leadName(), "id"))).doesNotContain("CLARIFICATION_ANSWERED");
		// a level on another indicator does not settle it; one on the indicator sent back does
		review.saveStage(lead, mine.id(), 5, new ReviewService.StageSave(null, new BigDecimal("2"), null, null, null));
		assertThat(kinds(notices(mine.team().leadName(), "id"))).contains("CLARIFICATION_ANSWERED");
		review.saveStage(lead, mine.id(), 4, new ReviewService.StageSave(null, new BigDecimal("3"), "SK diterima.", null, null));
		assertThat(kinds(notices(mine.team().leadName(), "id"))).doesNotContain("CLARIFICATION_ANSWERED");

		transitions.move(lead, mine.id(), EvaluationAction.START_INTERVIEW, null);
		LocalDate day = Wib.today(clock).plusDays(2);
		long next = session(lead, mine.id(), day, "Zoom");
		session(lead, mine.id(), Wib.today(clock).minusDays(2), "Rapat lalu");
		JsonNode interview = only(notices(mine.team().memberName(), "id"), "INTERVIEW_SCHEDULED");
		assertThat(interview.get("link").asString()).isEqualTo("/evaluations/" + mine.id() + "/interviews/" + next);
		assertThat(interview.get("deadline").asString()).isEqualTo(day.toString());
		assertThat(interview.get("daysLeft").asLong()).isEqualTo(3);
		assertThat(interview.get("message").asString()).contains("Zoom").contains("10.30");
		assertThat(kinds(notices(theirs.team().memberName(), "id"))).doesNotContain("INTERVIEW_SCHEDULED");
		assertThat(kinds(notices(mine.agency().coordinatorName(), "id"))).doesNotContain("INTERVIEW_SCHEDULED", "REVIEW_WAITING");
	}

	@Test
	void theAdministratorSeesLockedAccountsAndDeadlinesNearWithoutSubmission() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		jdbc.update("update user_account set locked_until = ? where id = ?",
				java.sql.Timestamp.from(clock.instant().plusSeconds(900)), a.operator().getId());
		try {
			JsonNode admin = notices("admin", "id");
			assertThat(links(admin, "ACCOUNT_LOCKED")).contains("/admin/users/" + a.operator().getId());
			assertThat(kinds(notices(a.coordinatorName(), "id"))).doesNotContain("ACCOUNT_LOCKED", "DEADLINE_NEAR");
		}
		finally {
			jdbc.update("update user_account set locked_until = null where id = ?", a.operator().getId());
		}
		assertThat(links(notices("admin", "id"), "ACCOUNT_LOCKED")).doesNotContain("/admin/users/" + a.operator().getId());

		// two agencies of a period closing in three days, one of them already submitted
		LocalDate today = Wib.today(clock);
		long periodId = jdbc.queryForObject("""
				insert into evaluation_period (year, name, instrument_id, self_assessment_start, self_assessment_end)
				values (2027, ?, ?, ?, ?) returning id""", Long.class, "Periode dekat " + a.agencyId(),
				instruments.currentId("spbe-2020").orElseThrow(), today.minusDays(30), today.plusDays(3));
		Fixtures.TestAgency b = fixtures.newAgency("spbe-2020");
		Fixtures.TestAgency d = fixtures.newAgency("spbe-2020");
		for (long agency : new long[] { a.agencyId(), b.agencyId(), d.agencyId() }) {
			jdbc.update("insert into evaluation (period_id, agency_id, state, created_at) values (?, ?, ?, now())", periodId,
					agency, agency == d.agencyId() ? "SUBMITTED" : "SELF_ASSESSMENT");
		}
		JsonNode near = null;
		for (JsonNode n : notices("admin", "id")) {
			if (n.get("link").asString().equals("/admin/periods/" + periodId + "/dashboard?state=SELF_ASSESSMENT")) {
				near = n;
			}
		}
		assertThat(near).as("the period's notice").isNotNull();
		assertThat(near.get("kind").asString()).isEqualTo("DEADLINE_NEAR");
		assertThat(near.get("message").asString()).startsWith("2 evaluasi Periode dekat");
		assertThat(near.get("daysLeft").asLong()).isEqualTo(4);
	}

	@Test
	void theApiNeedsASignIn() throws Exception {
		assertThat(mvc.perform(get("/api/notices")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	private long session(CurrentUser lead, long evaluationId, LocalDate day, String medium) {
		InterviewForm form = new InterviewForm().at(day, LocalTime.of(10, 30));
		form.setMedium(medium);
		form.setAssessorName(List.of("Asesor"));
		form.setAgencyName(List.of("Kadis"));
		return interviews.create(lead, evaluationId, form);
	}

	private long linkOf(long evaluationId, int number) {
		return jdbc.queryForObject("""
				select u.evidence_id from evidence_use u join indicator_assessment ia on ia.id = u.assessment_id
				where ia.evaluation_id = ? and ia.indicator_number = ?""", Long.class, evaluationId, number);
	}

	private JsonNode notices(String username, String language) throws Exception {
		String body = mvc.perform(get("/api/notices").with(user(fixtures.login(username))).header("Accept-Language", language))
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		JsonNode list = json.readTree(body);
		assertThat(list.isArray()).as(body).isTrue();
		return list;
	}

	private static List<String> kinds(JsonNode list) {
		return list.valueStream().map(n -> n.get("kind").asString()).toList();
	}

	private static List<String> links(JsonNode list, String kind) {
		return list.valueStream().filter(n -> n.get("kind").asString().equals(kind)).map(n -> n.get("link").asString()).toList();
	}

	private static JsonNode only(JsonNode list, String kind) {
		List<JsonNode> found = list.valueStream().filter(n -> n.get("kind").asString().equals(kind)).toList();
		assertThat(found).as(kind + " in " + list).hasSize(1);
		return found.get(0);
	}
}
