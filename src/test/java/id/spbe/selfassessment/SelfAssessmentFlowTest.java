package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Evaluations;
import id.spbe.worksheet.Blocker;
import id.spbe.worksheet.Worksheet;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Readiness, submission, the lock after it, and optimistic locking, through pages and API. */
@IntegrationTest
class SelfAssessmentFlowTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	EvaluationAccess access;
	@Autowired
	Evaluations evaluations;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;

	/** The refusal of every agency write after submission. */
	private static final String LOCKED = "Penilaian mandiri sudah dikirim; perubahan tidak lagi dapat disimpan.";

	@Test
	void readinessListsEveryGapAndClearsAsTheEntryIsCompleted() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 5);
		long id = a.evaluationId();

		assertThat(blockersOf(a, 5)).containsExactly(Blocker.NO_LEVEL, Blocker.NO_JUSTIFICATION, Blocker.NOT_APPROVED);
		mvc.perform(post("/evaluations/{id}/indicators/5", id).with(user(a.operator())).with(csrf())
				.param("level", "4").param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(blockersOf(a, 5)).containsExactly(Blocker.NO_JUSTIFICATION, Blocker.NO_EVIDENCE_FOR_LEVEL,
				Blocker.NOT_APPROVED);

		long version = assessments.get(id, 5).version();
		mvc.perform(post("/evaluations/{id}/indicators/5", id).with(user(a.operator())).with(csrf())
				.param("level", "3").param("justification", "Kebijakan ditetapkan.").param("version", "" + version))
				.andExpect(status().is3xxRedirection());
		long linkId = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, id);
		mvc.perform(post("/evaluations/{id}/indicators/5/evidence/reuse", id).with(user(a.operator())).with(csrf())
				.param("evidenceId", "" + linkId).param("levels", "1", "2")).andExpect(status().is3xxRedirection());
		assertThat(blockersOf(a, 5)).containsExactly(Blocker.NO_EVIDENCE_FOR_LEVEL, Blocker.NOT_APPROVED);

		mvc.perform(post("/evaluations/{id}/indicators/5/evidence/reuse", id).with(user(a.operator())).with(csrf())
				.param("evidenceId", "" + linkId).param("levels", "1", "2", "3")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluations/{id}/indicators/5/approve", id).with(user(a.coordinator())).with(csrf()))
				.andExpect(flash().attributeExists("success"));
		assertThat(blockersOf(a, 5)).isEmpty();
		mvc.perform(get("/evaluations/{id}/readiness", id).with(user(a.coordinator())))
				.andExpect(status().isOk()).andExpect(content().string(containsString("data-testid=\"ready\"")));
	}

	@Test
	void submissionIsRefusedWhileAnythingBlocksAndOnlyTheCoordinatorSubmits() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 47);
		long id = a.evaluationId();

		mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(a.coordinatorName(), "demo")))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value("Penilaian mandiri belum dapat dikirim: 1 indikator masih memiliki kekurangan."));
		assertThat(access.require(a.coordinator(), id).state()).isEqualTo(EvaluationState.SELF_ASSESSMENT);
		MvcResult refused = mvc.perform(post("/evaluations/{id}/submit", id).with(user(a.coordinator())).with(csrf())
				.param("note", "Catatan yang sudah diketik")).andExpect(redirectedUrl("/evaluations/" + id + "/readiness"))
				.andReturn();
		assertThat(Refusals.messages(messages, refused, "submitForm"))
				.containsExactly("Penilaian mandiri belum dapat dikirim: 1 indikator masih memiliki kekurangan.");
		assertThat(Refusals.followed(mvc, refused, user(a.coordinator())))
				.contains("Penilaian mandiri belum dapat dikirim: 1 indikator masih memiliki kekurangan.")
				.contains("Catatan yang sudah diketik");
		assertThat(access.require(a.coordinator(), id).state()).isEqualTo(EvaluationState.SELF_ASSESSMENT);
		assertThat(evaluations.events(id)).isEmpty();

		fixtures.completeAllExcept(a);
		mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/evaluations/{id}/submit", id).with(user(a.coordinator())).with(csrf()).param("note", "Siap dinilai"))
				.andExpect(flash().attributeExists("success"));

		assertThat(access.require(a.coordinator(), id).state()).isEqualTo(EvaluationState.SUBMITTED);
		assertThat(evaluations.events(id)).singleElement().satisfies(e -> {
			assertThat(e.actorId()).isEqualTo(a.coordinator().getId());
			assertThat(e.from()).isEqualTo(EvaluationState.SELF_ASSESSMENT);
			assertThat(e.to()).isEqualTo(EvaluationState.SUBMITTED);
			assertThat(e.note()).isEqualTo("Siap dinilai");
		});
	}

	@Test
	void afterSubmissionEveryAgencyWriteIsRefusedByPageAndApi() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a);
		long id = a.evaluationId();
		mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(a.coordinatorName(), "demo")))
				.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
		String before = snapshot(id);
		long evidenceId = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, id);

		mvc.perform(put("/api/evaluations/{id}/indicators/1", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 4, \"justification\": \"ubah\", \"version\": " + assessments.get(id, 1).version() + "}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value("Penilaian mandiri sudah dikirim; perubahan tidak lagi dapat disimpan."));
		mvc.perform(multipart("/api/evaluations/{id}/indicators/1/evidence", id).file(pdf("baru.pdf"))
				.param("levels", "1").with(httpBasic(a.operatorName(), "demo"))).andExpect(status().isConflict());
		mvc.perform(post("/api/evaluations/{id}/indicators/1/evidence", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"url\": \"https://example.go.id\", \"accessedOn\": \"2021-07-01\", \"levels\": [1]}"))
				.andExpect(status().isConflict());
		mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(a.coordinatorName(), "demo")))
				.andExpect(status().isConflict());
		mvc.perform(post("/evaluations/{id}/indicators/1", id).with(user(a.operator())).with(csrf())
				.param("level", "4").param("justification", "ubah").param("version", "99"))
				.andExpect(status().isOk()).andExpect(model().attributeHasErrors("entryForm"))
				.andExpect(content().string(containsString(LOCKED)));
		MvcResult approve = mvc.perform(post("/evaluations/{id}/indicators/1/approve", id).with(user(a.coordinator())).with(csrf()))
				.andExpect(Refusals.refused("approveForm")).andReturn();
		assertThat(Refusals.followed(mvc, approve, user(a.coordinator()))).contains(LOCKED);
		MvcResult remove = mvc.perform(post("/evaluations/{id}/indicators/1/evidence/" + evidenceId + "/remove", id)
				.with(user(a.coordinator())).with(csrf())).andExpect(Refusals.refused("evidenceItemForm")).andReturn();
		assertThat(Refusals.followed(mvc, remove, user(a.coordinator()))).contains(LOCKED);
		MvcResult link = mvc.perform(post("/evaluations/{id}/indicators/2/evidence/link", id).with(user(a.operator())).with(csrf())
				.param("url", "https://x.go.id").param("accessedOn", "2021-07-01").param("levels", "1"))
				.andExpect(Refusals.refused("linkForm")).andReturn();
		assertThat(Refusals.followed(mvc, link, user(a.operator()))).contains(LOCKED);
		MvcResult assign = mvc.perform(post("/evaluations/{id}/assign", id).with(user(a.coordinator())).with(csrf()).param("numbers", "1"))
				.andExpect(Refusals.refused("assignForm")).andReturn();
		assertThat(Refusals.followed(mvc, assign, user(a.coordinator()))).contains(LOCKED);
		MvcResult upload = mvc.perform(multipart("/evaluations/{id}/indicators/1/evidence/file", id).file(pdf("baru.pdf"))
				.param("levels", "1").with(user(a.operator())).with(csrf())).andExpect(Refusals.refused("fileEvidenceForm"))
				.andReturn();
		assertThat(Refusals.followed(mvc, upload, user(a.operator()))).contains(LOCKED);

		assertThat(snapshot(id)).isEqualTo(before);
	}

	@Test
	void aSecondSaveFromTheSameVersionIsRefusedShowingTheOtherEntryAndKeepingTheTypedText() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		long version = assessments.get(id, 3).version();

		mvc.perform(post("/evaluations/{id}/indicators/3", id).with(user(a.coordinator())).with(csrf())
				.param("level", "2").param("justification", "Versi koordinator").param("version", "" + version))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/evaluations/{id}/indicators/3", id).with(user(a.operator())).with(csrf())
				.param("level", "4").param("justification", "Versi operator yang panjang").param("version", "" + version))
				.andExpect(status().isOk())
				.andExpect(model().attributeExists("conflict"))
				.andExpect(content().string(containsString("Versi koordinator")))
				.andExpect(content().string(containsString("Versi operator yang panjang")));

		assertThat(assessments.get(id, 3).justification()).isEqualTo("Versi koordinator");
		assertThat(assessments.get(id, 3).selfLevel()).isEqualByComparingTo("2");

		mvc.perform(put("/api/evaluations/{id}/indicators/3", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 4, \"justification\": \"x\", \"version\": " + version + "}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.current.justification").value("Versi koordinator"));
	}

	@Test
	void aCoordinatorCannotApproveAnEntryThatChangedAfterTheyOpenedIt() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long id = a.evaluationId();
		mvc.perform(put("/api/evaluations/{id}/indicators/7", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 2, \"justification\": \"Versi yang dilihat\", \"version\": " + assessments.get(id, 7).version() + "}"));
		long seen = assessments.get(id, 7).version();
		mvc.perform(put("/api/evaluations/{id}/indicators/7", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 5, \"justification\": \"Diubah diam-diam\", \"version\": " + assessments.get(id, 7).version() + "}"));

		MvcResult refused = mvc.perform(post("/evaluations/{id}/indicators/7/approve", id).param("version", "" + seen)
				.with(user(a.coordinator())).with(csrf())).andReturn();
		assertThat(Refusals.messages(messages, refused, "approveForm")).singleElement().asString()
				.contains("diubah setelah Anda membukanya");
		assertThat(Refusals.followed(mvc, refused, user(a.coordinator()))).contains("diubah setelah Anda membukanya");
		assertThat(assessments.get(id, 7).approved()).isFalse();

		mvc.perform(post("/evaluations/{id}/indicators/7/approve", id).param("version", "" + (seen + 1))
				.with(user(a.coordinator())).with(csrf())).andExpect(flash().attributeExists("success"));
		assertThat(assessments.get(id, 7).approved()).isTrue();
	}

	@Test
	void apiSavesAnEntryAndReadsItBack() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();

		mvc.perform(put("/api/evaluations/{id}/indicators/2", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 2.5, \"justification\": \"Sebagian layanan\", \"version\": " + assessments.get(id, 2).version() + "}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.selfLevel").value(2.5));
		mvc.perform(get("/api/evaluations/{id}", id).with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.instrument").value("pemdi-2026"))
				.andExpect(jsonPath("$.indicators[1].level").value(2.5))
				.andExpect(jsonPath("$.indicators[1].justification").value("Sebagian layanan"))
				.andExpect(jsonPath("$.state").value("SELF_ASSESSMENT"));
		mvc.perform(get("/api/evaluations").with(httpBasic(a.operatorName(), "demo")))
				.andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(id));
	}

	@Test
	void theWholeSelfAssessmentCanBeFinishedAndSubmittedThroughTheApi() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 9);
		long id = a.evaluationId();
		mvc.perform(put("/api/evaluations/{id}/indicators/9", id).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 2, \"justification\": \"Perwal audit TIK\", \"version\": " + assessments.get(id, 9).version() + "}"))
				.andExpect(status().isOk());
		mvc.perform(multipart("/api/evaluations/{id}/indicators/9/evidence", id).file(pdf("perwal-audit.pdf"))
				.param("levels", "1", "2").with(httpBasic(a.operatorName(), "demo"))).andExpect(status().isCreated());
		mvc.perform(post("/api/evaluations/{id}/indicators/9/approve", id).with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isForbidden());
		mvc.perform(post("/api/evaluations/{id}/indicators/9/approve", id).with(httpBasic(a.coordinatorName(), "demo"))
				.contentType("application/json").content("{\"version\": 0}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.current.version").value(1));
		mvc.perform(post("/api/evaluations/{id}/indicators/9/approve", id).with(httpBasic(a.coordinatorName(), "demo"))
				.contentType("application/json").content("{\"version\": 1}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.approvedBy").value(a.coordinator().getId()));
		mvc.perform(post("/api/evaluations/{id}/submit", id).with(httpBasic(a.coordinatorName(), "demo"))
				.contentType("application/json").content("{\"note\": \"via API\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
	}

	private java.util.List<Blocker> blockersOf(Fixtures.TestAgency a, int number) {
		return mvcWorksheet(a).row(number).blockers();
	}

	@Autowired
	id.spbe.worksheet.Worksheets worksheets;

	private Worksheet mvcWorksheet(Fixtures.TestAgency a) {
		return worksheets.worksheet(a.coordinator(), a.evaluationId());
	}

	static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("file", name, "application/pdf", TestFiles.pdf());
	}

	private String snapshot(long id) {
		return jdbc.queryForObject("select string_agg(concat(a.indicator_number, ':', a.version, ':', a.justification, ':', "
				+ "a.approved_by), '|' order by a.indicator_number) from indicator_assessment a where a.evaluation_id = ?",
				String.class, id)
				+ jdbc.queryForObject("select concat(count(*), '/', sum(case when hidden then 1 else 0 end)) from evidence where evaluation_id = ?",
						String.class, id)
				+ jdbc.queryForObject("select count(*) from evidence_use u join evidence e on e.id = u.evidence_id where e.evaluation_id = ?",
						Long.class, id)
				+ jdbc.queryForObject("select state from evaluation where id = ?", String.class, id)
				+ jdbc.queryForObject("select count(*) from stage_score s join indicator_assessment a on a.id = s.assessment_id "
						+ "where a.evaluation_id = ? and s.value is not null", Long.class, id);
	}
}
