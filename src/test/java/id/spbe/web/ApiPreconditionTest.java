package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.Stage;
import id.spbe.review.ReviewService;
import java.math.BigDecimal;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The API's writes of an entry, a stage level and an approval must say what they were based on
 * ({@code version}, {@code seen}): 428 without it and nothing stored, 409 when stale; who may
 * write is checked first, so an outsider still gets 404 and a wrong role 403.
 */
@IntegrationTest
class ApiPreconditionTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	ReviewService review;

	private static final String ENTRY = "/api/evaluations/{id}/indicators/1";

	@Test
	void anEntrySaveWithoutVersionIs428AndStoresNothing() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long before = assessments.get(a.evaluationId(), 1).version();
		mvc.perform(put(ENTRY, a.evaluationId()).with(httpBasic(a.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 3, \"justification\": \"tanpa versi\"}"))
				.andExpect(status().is(428)).andExpect(jsonPath("$.message").value(Matchers.containsString("\"version\"")));
		mvc.perform(put(ENTRY, a.evaluationId()).with(httpBasic(a.operatorName(), "demo")).header("Accept-Language", "en")
				.contentType("application/json").content("{\"level\": 3, \"justification\": \"x\", \"version\": null}"))
				.andExpect(status().is(428)).andExpect(jsonPath("$.message").value(Matchers.startsWith("The request must hold \"version\"")));
		assertThat(assessments.get(a.evaluationId(), 1).version()).isEqualTo(before);
		assertThat(assessments.get(a.evaluationId(), 1).justification()).isNull();
		// with the version read, the save goes through; the same version again is stale: 409 with the stored entry
		mvc.perform(put(ENTRY, a.evaluationId()).with(httpBasic(a.operatorName(), "demo")).contentType("application/json")
				.content("{\"level\": 3, \"justification\": \"pertama\", \"version\": " + before + "}"))
				.andExpect(status().isOk());
		mvc.perform(put(ENTRY, a.evaluationId()).with(httpBasic(a.coordinatorName(), "demo")).contentType("application/json")
				.content("{\"level\": 4, \"justification\": \"basi\", \"version\": " + before + "}"))
				.andExpect(status().isConflict()).andExpect(jsonPath("$.current.justification").value("pertama"));
		assertThat(assessments.get(a.evaluationId(), 1).justification()).isEqualTo("pertama");
	}

	@Test
	void anApprovalWithoutVersionIs428AndApprovesNothing() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a);
		mvc.perform(put(ENTRY, a.evaluationId()).with(httpBasic(a.operatorName(), "demo")).contentType("application/json")
				.content("{\"level\": 2, \"justification\": \"diubah\", \"version\": "
						+ assessments.get(a.evaluationId(), 1).version() + "}"))
				.andExpect(status().isOk());
		long version = assessments.get(a.evaluationId(), 1).version();
		assertThat(assessments.get(a.evaluationId(), 1).approved()).isFalse();
		String approve = ENTRY + "/approve";
		mvc.perform(post(approve, a.evaluationId()).with(httpBasic(a.coordinatorName(), "demo")))
				.andExpect(status().is(428)).andExpect(jsonPath("$.message").value(Matchers.containsString("\"version\"")));
		mvc.perform(post(approve, a.evaluationId()).with(httpBasic(a.coordinatorName(), "demo"))
				.contentType("application/json").content("{}"))
				.andExpect(status().is(428));
		assertThat(assessments.get(a.evaluationId(), 1).approved()).isFalse();
		mvc.perform(post(approve, a.evaluationId()).with(httpBasic(a.coordinatorName(), "demo"))
				.contentType("application/json").content("{\"version\": " + (version - 1) + "}"))
				.andExpect(status().isConflict());
		assertThat(assessments.get(a.evaluationId(), 1).approved()).isFalse();
		mvc.perform(post(approve, a.evaluationId()).with(httpBasic(a.coordinatorName(), "demo"))
				.contentType("application/json").content("{\"version\": " + version + "}"))
				.andExpect(status().isOk());
		assertThat(assessments.get(a.evaluationId(), 1).approved()).isTrue();
	}

	@Test
	void aStageSaveWithoutSeenIs428AndAStaleOneIs409() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		String stage = "/api/evaluations/{id}/indicators/2/stages/DOCUMENT_REVIEW";
		int seen = assessments.history(c.id(), 2).size();
		mvc.perform(put(stage, c.id()).with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 2, \"note\": \"tanpa seen\"}"))
				.andExpect(status().is(428)).andExpect(jsonPath("$.message").value(Matchers.containsString("\"seen\"")));
		assertThat(assessments.history(c.id(), 2)).hasSize(seen);
		assertThat(assessments.get(c.id(), 2).levelAt(Stage.DOCUMENT_REVIEW)).isNull();
		review.saveStage(c.team().member(), c.id(), 2,
				new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, new BigDecimal("2"), "anggota", null, null));
		mvc.perform(put(stage, c.id()).with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 4, \"note\": \"ketua\", \"seen\": " + seen + "}"))
				.andExpect(status().isConflict());
		assertThat(assessments.get(c.id(), 2).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2");
		int now = assessments.history(c.id(), 2).size();
		mvc.perform(put(stage, c.id()).with(httpBasic(c.team().leadName(), "demo")).contentType("application/json")
				.content("{\"level\": 4, \"note\": \"ketua\", \"seen\": " + now + "}"))
				.andExpect(status().isOk());
		assertThat(assessments.get(c.id(), 2).levelAt(Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("4");
	}

	@Test
	void whoMayWriteIsCheckedBeforeTheMissingVersion() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		Fixtures.TestAgency self = fixtures.newAgency("spbe-2020");
		Fixtures.TestAgency outsider = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(self);
		var before = assessments.get(self.evaluationId(), 1);
		// another agency's user: 404 for the entry, the approval and the stage level
		mvc.perform(put(ENTRY, self.evaluationId()).with(httpBasic(outsider.operatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 3, \"justification\": \"x\"}"))
				.andExpect(status().isNotFound());
		mvc.perform(post(ENTRY + "/approve", self.evaluationId()).with(httpBasic(outsider.coordinatorName(), "demo")))
				.andExpect(status().isNotFound());
		mvc.perform(put(ENTRY + "/stages/DOCUMENT_REVIEW", c.id()).with(httpBasic(outsider.coordinatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 3, \"note\": null}"))
				.andExpect(status().isNotFound());
		// a wrong role: 403
		mvc.perform(post(ENTRY + "/approve", self.evaluationId()).with(httpBasic(self.operatorName(), "demo")))
				.andExpect(status().isForbidden());
		mvc.perform(put(ENTRY + "/stages/DOCUMENT_REVIEW", c.id()).with(httpBasic(c.agency().coordinatorName(), "demo"))
				.contentType("application/json").content("{\"level\": 3, \"note\": null}"))
				.andExpect(status().isForbidden());
		mvc.perform(put(ENTRY, c.id()).with(httpBasic(c.team().leadName(), "demo"))
				.contentType("application/json").content("{\"level\": 3, \"justification\": \"x\"}"))
				.andExpect(status().isForbidden());
		assertThat(assessments.get(self.evaluationId(), 1)).isEqualTo(before);
	}
}
