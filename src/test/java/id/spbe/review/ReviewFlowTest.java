package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.evidence.EvidenceService;
import id.spbe.evidence.EvidenceUploads;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/**
 * The assessor review through pages and API: stage levels default to the previous stage and keep
 * a history; clarification lets the agency add evidence only where asked and only until handed
 * back; interview minutes are a PDF naming the attendees; finalising needs every final level;
 * the agency sees the assessors' levels only once final.
 */
@IntegrationTest
class ReviewFlowTest {

	@Autowired
	id.spbe.evaluation.Transitions transitions;
	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ReviewService review;
	@Autowired
	Interviews interviews;
	@Autowired
	Assessments assessments;
	@Autowired
	EvidenceService evidence;
	@Autowired
	EvidenceUploads uploads;
	@Autowired
	JdbcTemplate jdbc;



	@Test
	void stageLevelsDefaultToThePreviousStageAndEveryChangeIsInTheHistory() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		AssessmentView before = assessments.get(c.id(), 4);
		assertThat(before.effectiveLevel(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("3");
		assertThat(before.scoredAt(Stage.DOCUMENT_REVIEW)).isFalse();

		mvc.perform(post("/evaluations/{id}/review/indicators/4", c.id()).param("stage", "DOCUMENT_REVIEW")
				.param("level", "2").param("note", "SK belum ditandatangani").with(user(c.team().member())).with(csrf()))
				.andExpect(flash().attributeExists("success"));
		mvc.perform(put("/api/evaluations/{id}/indicators/4/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 1, \"note\": \"SK belum ada\", \"seen\": " + assessments.history(c.id(), 4).size() + "}")).andExpect(status().isOk());

		AssessmentView after = assessments.get(c.id(), 4);
		assertThat(after.levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("1");
		assertThat(after.stages().get(Stage.DOCUMENT_REVIEW).setBy()).isEqualTo(c.team().lead().getId());
		assertThat(after.effectiveLevel(Stage.FINAL)).isEqualByComparingTo("1");
		List<ChangeView> history = assessments.history(c.id(), 4).stream().filter(h -> h.stage() == Stage.DOCUMENT_REVIEW).toList();
		assertThat(history).extracting(h -> h.field() + ":" + h.oldValue() + "->" + h.newValue() + " by " + h.changedBy())
				.containsExactly("NOTE:SK belum ditandatangani->SK belum ada by " + c.team().lead().getId(),
						"LEVEL:2->1 by " + c.team().lead().getId(),
						"NOTE:null->SK belum ditandatangani by " + c.team().member().getId(),
						"LEVEL:null->2 by " + c.team().member().getId());
		mvc.perform(get("/evaluations/{id}/review/indicators/4", c.id()).with(user(c.team().lead())))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("SK belum ditandatangani")));

		int carried = review.carryOver(c.team().lead(), c.id());
		assertThat(carried).isEqualTo(46);
		assertThat(assessments.get(c.id(), 5).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("3");
		assertThat(assessments.get(c.id(), 4).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("1");
	}

	@Test
	void badStageInputIsRefusedWithAMessageAndChangesNothing() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		String before = jdbc.queryForObject("select count(*) || '' from score_change sc join indicator_assessment a "
				+ "on a.id = sc.assessment_id where a.evaluation_id = ?", String.class, c.id());
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 6, \"note\": null, \"seen\": " + assessments.history(c.id(), 2).size() + "}")).andExpect(status().isBadRequest())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("6")));
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 2.5, \"note\": null, \"seen\": " + assessments.history(c.id(), 2).size() + "}")).andExpect(status().isBadRequest());
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 2}")).andExpect(status().isBadRequest());
		// a stage other than the one under way
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/INTERVIEW", c.id())
				.with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 2, \"note\": null, \"seen\": " + assessments.history(c.id(), 2).size() + "}")).andExpect(status().isConflict());
		MvcResult refused = mvc.perform(post("/evaluations/{id}/review/indicators/2", c.id())
				.param("stage", "DOCUMENT_REVIEW").param("level", "9").param("note", "catatan yang diketik")
				.with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(((StageForm) refused.getFlashMap().get("stageForm")).getNote()).isEqualTo("catatan yang diketik");
		assertThat(errors(refused, "stageForm").getGlobalErrors()).singleElement()
				.satisfies(e -> assertThat(e.getCode()).isEqualTo("index.error.outOfScale"));
		mvc.perform(get("/evaluations/{id}/review/indicators/2", c.id()).flashAttrs(refused.getFlashMap()).with(user(c.team().lead())))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("nilai 9 di luar skala")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(">catatan yang diketik</textarea>")));
		// the agency may not write the assessors' levels
		mvc.perform(put("/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW", c.id())
				.with(httpBasic(c.agency().coordinatorName(), "demo")).contentType("application/json")
				.content("{\"level\": 5, \"note\": null}")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) || '' from score_change sc join indicator_assessment a "
				+ "on a.id = sc.assessment_id where a.evaluation_id = ?", String.class, c.id())).isEqualTo(before);
	}

	@Test
	void clarificationLetsTheAgencyAddEvidenceOnlyWhereAskedAndUntilHandedBack() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		assertThatThrownBy(() -> transitions.requestClarification(c.team().lead(), c.id(), new id.spbe.evaluation.Transitions.ClarificationRequest(List.of(), "x", LocalDate.now().plusDays(3))))
				.isInstanceOf(RuleViolationException.class).hasMessage("clarification.error.noIndicator");
		assertThatThrownBy(() -> transitions.requestClarification(c.team().lead(), c.id(), new id.spbe.evaluation.Transitions.ClarificationRequest(List.of(3), "x", LocalDate.now().minusDays(2))))
				.isInstanceOf(RuleViolationException.class).hasMessage("clarification.error.deadlinePast");
		assertThatThrownBy(() -> transitions.requestClarification(c.team().lead(), c.id(), new id.spbe.evaluation.Transitions.ClarificationRequest(List.of(99), "x", LocalDate.now().plusDays(3))))
				.isInstanceOf(RuleViolationException.class).hasMessage("clarification.error.unknownIndicator");
		MvcResult refused = mvc.perform(post("/evaluations/{id}/clarification", c.id())
				.param("numbers", "3").param("message", "Lampirkan SK").with(user(c.team().member())).with(csrf())).andReturn();
		assertThat(errors(refused, "clarificationForm").getGlobalErrors()).singleElement()
				.satisfies(e -> assertThat(e.getCode()).isEqualTo("clarification.error.noDeadline"));
		assertThat(((ClarificationForm) refused.getFlashMap().get("clarificationForm")).getMessage()).isEqualTo("Lampirkan SK");
		mvc.perform(get("/evaluations/{id}/review", c.id()).flashAttrs(refused.getFlashMap()).with(user(c.team().member())))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Isi tenggat klarifikasi.")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString(">Lampirkan SK</textarea>")));
		assertThat(state(c.id())).isEqualTo("DOCUMENT_REVIEW");

		mvc.perform(post("/api/evaluations/{id}/clarifications", c.id()).with(httpBasic(c.team().memberName(), "demo"))
				.contentType("application/json")
				.content("{\"indicators\": [3], \"message\": \"Lampirkan SK yang sudah ditandatangani\", \"deadline\": \""
						+ LocalDate.now().plusDays(5) + "\"}"))
				.andExpect(status().isOk());
		assertThat(state(c.id())).isEqualTo("DOCUMENT_REVIEW_CLARIFICATION");
		mvc.perform(get("/evaluations/{id}/indicators/3", c.id()).with(user(c.agency().operator())))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("Lampirkan SK yang sudah ditandatangani")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"upload-form\"")));

		long added = uploads.upload(c.agency().operator(), c.id(), 3, new EvidenceUploads.FileRequest(new EvidenceUploads.Upload(
				"sk.txt", new ByteArrayInputStream("SK ditandatangani".getBytes())), "SK", List.of(1, 2, 3), null)).evidenceId();
		assertThat(evidence.get(c.agency().operator(), added).useFor(3)).isPresent();
		assertThatThrownBy(() -> uploads.upload(c.agency().operator(), c.id(), 4, new EvidenceUploads.FileRequest(
				new EvidenceUploads.Upload("lain.txt", new ByteArrayInputStream("lain".getBytes())), "Lain", List.of(1), null)))
				.isInstanceOf(RuleViolationException.class).hasMessage("clarification.error.notRequested");
		// the agency still cannot change its levels
		mvc.perform(put("/api/evaluations/{id}/indicators/3", c.id()).with(httpBasic(c.agency().coordinatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 5, \"justification\": \"x\", \"version\": " + assessments.get(c.id(), 3).version() + "}"))
				.andExpect(status().isConflict());

		mvc.perform(post("/evaluations/{id}/transition", c.id()).param("action", "HAND_BACK").param("note", "SK terlampir")
				.param("back", "agency").with(user(c.agency().coordinator())).with(csrf()))
				.andExpect(flash().attributeExists("success"));
		assertThat(state(c.id())).isEqualTo("DOCUMENT_REVIEW");
		assertThat(jdbc.queryForObject("select answer from clarification where evaluation_id = ?", String.class, c.id()))
				.isEqualTo("SK terlampir");
		assertThatThrownBy(() -> uploads.upload(c.agency().operator(), c.id(), 3, new EvidenceUploads.FileRequest(
				new EvidenceUploads.Upload("lagi.txt", new ByteArrayInputStream("lagi".getBytes())), "Lagi", List.of(1), null)))
				.isInstanceOf(RuleViolationException.class).hasMessage("selfAssessment.error.lockedReview");
	}

	@Test
	void theMinutesAreAPdfNamingTheAttendeesAndTheIndicatorsDiscussed() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_INTERVIEW, null);
		mvc.perform(post("/evaluations/{id}/interviews", c.id()).param("date", "2021-08-23").param("time", "09:00")
				.param("medium", "Zoom Meeting").param("assessorName", "Dr. Sutrisno Wibowo", "").param("assessorPosition", "Ketua tim", "")
				.param("agencyName", "Ayu Puspitasari").param("agencyPosition", "Kepala Diskominfo").param("findings", "")
				.with(user(c.team().lead())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		long session = jdbc.queryForObject("select id from interview_session where evaluation_id = ?", Long.class, c.id());
		mvc.perform(post("/evaluations/{id}/interviews/{s}/notes", c.id(), session).param("number", "11").param("level", "1")
				.param("note", "Menunggu Arsitektur SPBE Nasional").with(user(c.team().member())).with(csrf()))
				.andExpect(flash().attributeExists("success"));
		assertThat(assessments.get(c.id(), 11).levelAt(Stage.INTERVIEW)).isEqualByComparingTo("1");

		byte[] pdf = mvc.perform(get("/evaluations/{id}/interviews/{s}/minutes.pdf", c.id(), session).with(user(c.team().lead())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(extractor.getTextFromPage(p)).append('\n');
			}
		}
		assertThat(text.toString()).contains("BERITA ACARA PENILAIAN INTERVIU", "Dr. Sutrisno Wibowo", "Ayu Puspitasari",
				"Kepala Diskominfo", "Menunggu Arsitektur SPBE Nasional", "23 Agustus 2021", "Halaman");

		// a session without anyone from the agency is refused, and what was typed comes back
		mvc.perform(post("/evaluations/{id}/interviews", c.id()).param("date", "2021-08-24").param("time", "10:00")
				.param("medium", "Zoom").param("assessorName", "Dr. Sutrisno Wibowo").param("findings", "temuan diketik")
				.with(user(c.team().lead())).with(csrf()))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("temuan diketik")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("paling sedikit satu peserta dari instansi")));
		assertThat(jdbc.queryForObject("select count(*) from interview_session where evaluation_id = ?", Long.class, c.id())).isEqualTo(1);
	}

	@Test
	void finalisingNeedsEveryFinalLevelAndTheAgencySeesLevelsOnlyOnceFinal() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		review.carryOver(c.team().lead(), c.id());
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_INTERVIEW, null);
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_FINAL_REVIEW, null);
		review.saveStage(c.team().lead(), c.id(), 1, new id.spbe.review.ReviewService.StageSave(Stage.FINAL, new BigDecimal("2"), "final", "Tetapkan Perwal", null));
		assertThatThrownBy(() -> transitions.move(c.team().lead(), c.id(), EvaluationAction.FINALISE, null))
				.isInstanceOf(RuleViolationException.class).hasMessage("workflow.error.finalUnscored");
		assertThat(state(c.id())).isEqualTo("FINAL_REVIEW");
		String agencyJson = mvc.perform(get("/api/evaluations/{id}", c.id()).with(httpBasic(c.agency().coordinatorName(), "demo")))
				.andReturn().getResponse().getContentAsString();
		assertThat(agencyJson).doesNotContain("\"FINAL\"").doesNotContain("Tetapkan Perwal");
		mvc.perform(get("/evaluations/{id}/review", c.id()).with(user(c.agency().coordinator()))).andExpect(status().isForbidden());

		review.carryOver(c.team().lead(), c.id());
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic(c.team().memberName(), "demo"))
				.contentType("application/json").content("{\"action\": \"FINALISE\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"action\": \"FINALISE\"}")).andExpect(status().isOk());
		assertThat(state(c.id())).isEqualTo("FINALISED");

		agencyJson = mvc.perform(get("/api/evaluations/{id}", c.id()).with(httpBasic(c.agency().coordinatorName(), "demo")))
				.andReturn().getResponse().getContentAsString();
		assertThat(agencyJson).contains("\"FINAL\"", "Tetapkan Perwal");
		mvc.perform(get("/evaluations/{id}/review/indicators/1", c.id()).with(user(c.agency().operator())))
				.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Tetapkan Perwal")))
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-testid=\"stage-form\""))));

		// reopening needs a reason, and only an administrator may
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic("admin", "demo"))
				.contentType("application/json").content("{\"action\": \"REOPEN\"}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"action\": \"REOPEN\", \"note\": \"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/evaluations/{id}/transitions", c.id()).with(httpBasic("admin", "demo"))
				.contentType("application/json").content("{\"action\": \"REOPEN\", \"note\": \"Salah input indikator 1\"}"))
				.andExpect(status().isOk());
		assertThat(state(c.id())).isEqualTo("FINAL_REVIEW");
		assertThat(jdbc.queryForObject("select note from evaluation_event where evaluation_id = ? and action = 'REOPEN'",
				String.class, c.id())).isEqualTo("Salah input indikator 1");
	}

	@Test
	void pemdiEvidenceItemsAreJudgedWithTheSameStatusesAndReadBack() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		fixtures.submit(a);
		Fixtures.Team team = fixtures.team(a);
		transitions.move(team.lead(), a.evaluationId(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		String code = jdbc.queryForObject("select min(e.code) from evidence_item e join indicator i on i.id = e.indicator_id "
				+ "join instrument s on s.id = i.instrument_id where s.code = 'pemdi-2026' and i.number = 1", String.class);
		mvc.perform(put("/api/evaluations/{id}/indicators/1/items/{code}", a.evaluationId(), code)
				.with(httpBasic(team.memberName(), "demo")).contentType("application/json")
				.content("{\"status\": \"NEEDS_REVISION\", \"note\": \"SK belum ditandatangani\"}")).andExpect(status().isOk());
		mvc.perform(put("/api/evaluations/{id}/indicators/1/items/NOPE", a.evaluationId())
				.with(httpBasic(team.memberName(), "demo")).contentType("application/json")
				.content("{\"status\": \"ACCEPTED\"}")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/evaluations/{id}/indicators/1/items", a.evaluationId()).with(httpBasic(team.leadName(), "demo")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("\"status\":\"NEEDS_REVISION\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("SK belum ditandatangani")));
		mvc.perform(get("/evaluations/{id}/review/indicators/1", a.evaluationId()).with(user(team.lead())))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("SK belum ditandatangani")));
	}

	@Test
	void aRefusedMoveComesBackInItsOwnFormWithTheTypedNoteOrAboveTheMovesWhenItIsNoLongerOffered() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		KeptMove kept = new KeptMove("START_INTERVIEW", "catatan yang diketik untuk pindah");
		BindingResult errors = new org.springframework.validation.BeanPropertyBindingResult(kept, "transitionForm");
		errors.reject("workflow.error.noteTooLong", new Object[] { 5000 }, null);
		String page = mvc.perform(get("/evaluations/{id}/review", c.id()).flashAttr("transitionForm", kept)
				.flashAttr(BindingResult.MODEL_KEY_PREFIX + "transitionForm", errors).with(user(c.team().lead())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String move = page.substring(page.indexOf("data-testid=\"action-START_INTERVIEW\""));
		assertThat(move.substring(0, move.indexOf("</form>")))
				.contains("Catatan terlalu panjang", ">catatan yang diketik untuk pindah</textarea>");
		assertThat(page).doesNotContain("data-testid=\"transition-error\"");

		KeptMove gone = new KeptMove("FINALISE", "catatan finalisasi");
		BindingResult refused = new org.springframework.validation.BeanPropertyBindingResult(gone, "transitionForm");
		refused.reject("workflow.error.notYours", new Object[] { "Finalisasi" }, null);
		mvc.perform(get("/evaluations/{id}/review", c.id()).flashAttr("transitionForm", gone)
				.flashAttr(BindingResult.MODEL_KEY_PREFIX + "transitionForm", refused).with(user(c.team().lead())))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"transition-error\"")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("tidak dapat melakukan tindakan Finalisasi")))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("catatan finalisasi")));
	}

	/** The shape of the workflow form the transition route keeps on a refusal: the action and the note, as typed. */
	public static class KeptMove implements java.io.Serializable {

		private final String action;
		private final String note;

		KeptMove(String action, String note) {
			this.action = action;
			this.note = note;
		}

		public String getAction() {
			return action;
		}

		public String getNote() {
			return note;
		}
	}

	/** The errors a refused form was sent back to its page with. */
	private static BindingResult errors(MvcResult refused,
			String form) {
		BindingResult errors = (BindingResult) refused.getFlashMap()
				.get(BindingResult.MODEL_KEY_PREFIX + form);
		assertThat(errors).as("errors of " + form).isNotNull();
		return errors;
	}

	private String state(long id) {
		return jdbc.queryForObject("select state from evaluation where id = ?", String.class, id);
	}
}
