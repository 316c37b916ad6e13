package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import id.spbe.evidence.ReviewStatus;
import id.spbe.common.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * Bad input on the review pages and API: every refusal has a message in the user's language that
 * the page shows even where its form is gone, keeps what was typed, and changes nothing.
 */
@IntegrationTest
class ReviewBadInputTest {

	@Autowired
	Judgements judgements;
	@Autowired
	id.spbe.evaluation.Transitions transitions;
	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ReviewService review;
	@Autowired
	Assessments assessments;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	org.springframework.context.MessageSource messages;
	@Autowired
	EvidenceService evidence;
	@Autowired
	EvidenceUploads uploads;
	@Autowired
	Interviews interviews;



	/** The errors a refused form was sent back to its page with. */
	private static BindingResult errors(MvcResult refused, String form) {
		BindingResult errors = (BindingResult) refused.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + form);
		assertThat(errors).as("errors of " + form).isNotNull();
		assertThat(errors.hasErrors()).as("errors of " + form).isTrue();
		return errors;
	}

	/** The page a refused form was sent back to, as its user sees it after the redirect. */
	private String followed(MvcResult refused, id.spbe.user.CurrentUser who) throws Exception {
		String page = refused.getResponse().getRedirectedUrl().replaceAll("#.*", "");
		return mvc.perform(get(page).flashAttrs(refused.getFlashMap()).with(user(who))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
	}

	private long changes(long id) {
		return jdbc.queryForObject("select count(*) from score_change c join indicator_assessment a on a.id = c.assessment_id "
				+ "where a.evaluation_id = ?", Long.class, id) + jdbc.queryForObject(
						"select count(*) from clarification where evaluation_id = ?", Long.class, id);
	}

	@Test
	void aRefusedPageWriteIsExplainedOnThePageEvenWhenItsFormIsGoneAndTheTextComesBack() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		transitions.requestClarification(c.team().member(), c.id(), new id.spbe.evaluation.Transitions.ClarificationRequest(java.util.List.of(5), "Dari rekan", LocalDate.now().plusDays(3)));
		long before = changes(c.id());
		MvcResult refused = mvc.perform(post("/evaluations/{id}/clarification", c.id()).param("numbers", "7")
				.param("message", "Pesan panjang yang saya ketik").param("deadline", LocalDate.now().plusDays(5).toString())
				.with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(errors(refused, "clarificationForm").getGlobalErrors()).singleElement()
				.satisfies(e -> assertThat(e.getCode()).isEqualTo("workflow.error.notAllowed"));
		assertThat(followed(refused, c.team().lead())).contains("data-testid=\"clarification-error\"", "Minta klarifikasi",
				"Pesan panjang yang saya ketik");
		assertThat(changes(c.id())).isEqualTo(before);
	}

	@Test
	void malformedPageValuesGetAMessageNotABareBadRequest() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long before = changes(c.id());
		MvcResult level = mvc.perform(post("/evaluations/{id}/review/indicators/2", c.id()).param("stage", "DOCUMENT_REVIEW")
				.param("level", "abc").param("note", "catatan saya").with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(errors(level, "stageForm").getFieldError("level").getCode()).isEqualTo("form.error.number");
		assertThat(((StageForm) level.getFlashMap().get("stageForm")).getNote()).isEqualTo("catatan saya");
		assertThat(followed(level, c.team().lead())).contains("Bukan angka yang sah: &quot;abc&quot;", "catatan saya");
		MvcResult date = mvc.perform(post("/evaluations/{id}/clarification", c.id()).param("numbers", "3").param("message", "m")
				.param("deadline", "2027-02-30").with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(errors(date, "clarificationForm").getFieldError("deadline").getCode()).isEqualTo("form.error.date");
		assertThat(followed(date, c.team().lead())).contains("Bukan tanggal yang sah", "2027-02-30");
		MvcResult numbers = mvc.perform(post("/evaluations/{id}/clarification", c.id()).param("numbers", "abc").param("message", "m")
				.param("deadline", LocalDate.now().plusDays(2).toString()).with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(errors(numbers, "clarificationForm").getFieldError("numbers").getArguments()).containsExactly("abc");
		assertThat(followed(numbers, c.team().lead())).contains("Bukan angka yang sah: &quot;abc&quot;");
		MvcResult status = mvc.perform(post("/evaluations/{id}/review/indicators/2/evidence/1", c.id()).param("status", "BOGUS")
				.with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(errors(status, "judgementForm").getFieldError("status")).satisfies(e -> {
			assertThat(e.getCode()).isEqualTo("form.error.choice");
			assertThat(e.getArguments()).containsExactly("BOGUS");
		});
		MvcResult bogus = mvc.perform(post("/evaluations/{id}/transition", c.id()).param("action", "BOGUS")
				.with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(id.spbe.Refusals.messages(messages, bogus, "transitionForm")).singleElement().asString().contains("BOGUS");
		// a clarification deadline far away would leave the evaluation open for good
		mvc.perform(post("/api/evaluations/{id}/clarifications", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"indicators\": [1], \"message\": \"m\", \"deadline\": \"9999-12-31\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/evaluations/{id}/clarifications", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"indicators\": [99999999999], \"message\": \"m\", \"deadline\": \""
						+ LocalDate.now().plusDays(2) + "\"}"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/api/evaluations/{id}/clarifications", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"indicators\": [1], \"message\": \"m\", \"deadline\": \"+999999999-12-31\"}"))
				.andExpect(status().isBadRequest());
		assertThat(changes(c.id())).isEqualTo(before);

		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_INTERVIEW, null);
		mvc.perform(post("/evaluations/{id}/interviews", c.id()).param("date", "2026-02-30").param("time", "09:00")
				.param("medium", "Zoom").param("assessorName", "A").param("agencyName", "B").param("findings", "temuan yang diketik")
				.with(user(c.team().lead())).with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("value=\"2026-02-30\"")))
				.andExpect(content().string(Matchers.containsString("Bukan tanggal yang sah (tulis TTTT-BB-HH): &quot;2026-02-30&quot;")))
				.andExpect(content().string(Matchers.containsString("temuan yang diketik")));
		assertThat(jdbc.queryForObject("select count(*) from interview_session where evaluation_id = ?", Long.class, c.id()))
				.isZero();
	}

	@Test
	void anItemJudgementForACodeTheIndicatorLacksSaysSoAndKeepsTheNote() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		long before = changes(c.id());
		MvcResult judged = mvc.perform(post("/evaluations/{id}/review/indicators/2/items", c.id())
				.param("rows[0].code", "I2-L1-01").param("rows[0].status", "ACCEPTED").param("rows[0].note", "catatan butir saya")
				.param("rows[1].code", "I1-L2-01").param("rows[1].status", "ACCEPTED")
				.with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(errors(judged, "itemsForm").getGlobalError().getCode()).isEqualTo("review.error.unknownItem");
		// the refusal names the foreign code, and the row typed for the indicator's own item keeps its note
		assertThat(followed(judged, c.team().lead())).contains("data-testid=\"items-error\"", "I1-L2-01", "catatan butir saya");
		assertThat(jdbc.queryForObject("select count(*) from evidence_item_review r join indicator_assessment a "
				+ "on a.id = r.assessment_id where a.evaluation_id = ?", Long.class, c.id())).isZero();
		assertThat(changes(c.id())).isEqualTo(before);
	}

	@Test
	void aRefusedJudgementOrInterviewNoteComesBackBesideItsItemWithWhatWasTyped() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long evidenceId = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, c.id());
		long before = changes(c.id());
		MvcResult judged = mvc.perform(post("/evaluations/{id}/review/indicators/2/evidence/{e}", c.id(), evidenceId)
				.param("status", "BOGUS").param("note", "bukti belum ditandatangani").with(user(c.team().member())).with(csrf()))
				.andReturn();
		assertThat(judged.getResponse().getRedirectedUrl()).endsWith("#evidence-" + evidenceId);
		String page = followed(judged, c.team().member());
		assertThat(page.substring(page.indexOf("id=\"evidence-" + evidenceId + "\"")))
				.contains("Pilihan tidak dikenal: &quot;BOGUS&quot;", "value=\"bukti belum ditandatangani\"");
		assertThat(jdbc.queryForObject("select count(*) from evidence_use where evidence_id = ? and review_status <> 'PENDING'",
				Long.class, evidenceId)).isZero();

		long session = fixtures.interviewSession(c);
		MvcResult noted = mvc.perform(post("/evaluations/{id}/interviews/{s}/notes", c.id(), session).param("number", "4")
				.param("level", "dua").param("note", "dibahas panjang").with(user(c.team().member())).with(csrf())).andReturn();
		assertThat(errors(noted, "noteForm").getFieldError("level").getCode()).isEqualTo("form.error.number");
		assertThat(followed(noted, c.team().member())).contains("Bukan angka yang sah: &quot;dua&quot;", ">dibahas panjang</textarea>");
		assertThat(jdbc.queryForObject("select count(*) from interview_note where session_id = ?", Long.class, session)).isZero();

		mvc.perform(post("/evaluations/{id}/interviews/{s}", c.id(), session).param("date", "2026-01-06").param("time", "9 pagi")
				.param("medium", "Zoom").param("assessorName", "Asesor").param("agencyName", "Kadis")
				.with(user(c.team().lead())).with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("value=\"9 pagi\"")))
				.andExpect(content().string(Matchers.containsString("Tanggal atau pukul tidak sah: &quot;9 pagi&quot;")));
		assertThat(interviews.get(c.team().lead(), c.id(), session).heldAt()).isEqualTo(java.time.LocalDateTime.of(2026, 1, 5, 9, 0));
		assertThat(changes(c.id())).isEqualTo(before);
	}

	@Test
	void messagesNameActionsStatesAndStagesInWordsAndTheApiHonoursLang() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic(c.team().memberName(), "demo"))
				.contentType("application/json").content("{\"action\": \"START_INTERVIEW\"}"))
				.andExpect(status().isForbidden()).andExpect(content().string(Matchers.containsString("Mulai penilaian interviu")));
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).param("lang", "en").with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"action\": \"FINALISE\"}"))
				.andExpect(status().isConflict())
				.andExpect(content().string(Matchers.containsString("Finalise evaluation")))
				.andExpect(content().string(Matchers.containsString("Document review")));
		mvc.perform(put("/api/evaluations/{id}/indicators/1/stages/FINAL", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"level\": 2, \"note\": null, \"recommendation\": null, \"seen\": " + assessments.history(c.id(), 1).size() + "}"))
				.andExpect(status().isConflict()).andExpect(content().string(Matchers.containsString("Nilai akhir")));
	}

	@Test
	void anApiSaveAfterSomeoneElsesIsAConflictWhenTheClientSaysWhatItSaw() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		int seen = assessments.history(c.id(), 6).size();
		review.saveStage(c.team().member(), c.id(), 6, new id.spbe.review.ReviewService.StageSave(Stage.DOCUMENT_REVIEW, new BigDecimal("2"), "anggota", null, null));
		mvc.perform(put("/api/evaluations/{id}/indicators/6/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 4, \"note\": \"ketua\", \"seen\": " + seen + "}"))
				.andExpect(status().isConflict()).andExpect(content().string(Matchers.containsString("Anggota Tim Uji")));
		assertThat(assessments.get(c.id(), 6).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2");
	}

	@Test
	void duringAClarificationAFileSharedWithIndicatorsNotSentBackGetsNoNewVersion() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long shared = uploads.upload(a.operator(), a.evaluationId(), 1, new EvidenceUploads.FileRequest(new EvidenceUploads.Upload(
				"sk.txt", new java.io.ByteArrayInputStream("SK draf".getBytes())), "SK", java.util.List.of(1, 2, 3), null))
				.evidenceId();
		evidence.reuse(a.operator(), a.evaluationId(), 2, shared, java.util.List.of(1, 2, 3));
		fixtures.submit(a);
		Fixtures.Team team = fixtures.team(a);
		long id = a.evaluationId();
		transitions.move(team.lead(), id, EvaluationAction.START_DOCUMENT_REVIEW, null);
		judgements.reviewEvidence(team.lead(), id, 2, shared, new id.spbe.review.Judgements.Judgement(ReviewStatus.ACCEPTED, null));
		transitions.requestClarification(team.lead(), id, new id.spbe.evaluation.Transitions.ClarificationRequest(java.util.List.of(1), "SK belum ditandatangani", LocalDate.now().plusDays(3)));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> uploads.uploadVersion(a.operator(), id, 1, shared,
				new EvidenceUploads.Upload("sk-final.txt", new java.io.ByteArrayInputStream("SK ditandatangani".getBytes()))))
				.isInstanceOf(RuleViolationException.class).hasMessage("clarification.error.sharedFile");
		assertThat(evidence.get(a.operator(), shared).useFor(2).orElseThrow().reviewStatus())
				.isEqualTo(ReviewStatus.ACCEPTED);
		assertThat(evidence.get(a.operator(), shared).versions()).hasSize(1);
		// the revision as new evidence on the indicator sent back is fine
		uploads.upload(a.operator(), id, 1, new EvidenceUploads.FileRequest(new EvidenceUploads.Upload("sk-final.txt",
				new java.io.ByteArrayInputStream("SK ditandatangani".getBytes())), "SK final", java.util.List.of(1, 2), null));
	}

	@Test
	void aPagePostWithoutTheNoteKeepsTheStoredNote() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		review.saveStage(c.team().lead(), c.id(), 3, new id.spbe.review.ReviewService.StageSave(Stage.DOCUMENT_REVIEW, new BigDecimal("2"), "catatan tersimpan", null, null));
		mvc.perform(post("/evaluations/{id}/review/indicators/3", c.id()).param("stage", "DOCUMENT_REVIEW").param("level", "1")
				.with(user(c.team().lead())).with(csrf())).andExpect(flash().attributeExists("success"));
		assertThat(assessments.get(c.id(), 3).noteAt(Stage.DOCUMENT_REVIEW)).isEqualTo("catatan tersimpan");
		assertThat(assessments.get(c.id(), 3).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("1");
	}

	@Test
	void hiddenEvidenceCannotBeJudgedAndAMissingTokenIsNotAnExpiredSession() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long evidence = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, c.id());
		jdbc.update("update evidence set hidden = true where id = ?", evidence);
		mvc.perform(put("/api/evaluations/{id}/indicators/1/evidence/{e}/review", c.id(), evidence)
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json").content("{\"status\": \"ACCEPTED\"}"))
				.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from evidence_use where evidence_id = ? and review_status <> 'PENDING'",
				Long.class, evidence)).isZero();
		mvc.perform(post("/evaluations/{id}/review/carry-over", c.id()).with(user(c.team().lead())))
				.andExpect(status().isForbidden());
	}
}
