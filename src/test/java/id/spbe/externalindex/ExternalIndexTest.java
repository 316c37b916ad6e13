package id.spbe.externalindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.EvaluationState;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.Transitions;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.results.Gain;
import id.spbe.results.Results;
import id.spbe.results.ResultsService;
import id.spbe.review.ReviewService;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Indicators fed by national indices (Pemdi I5, I6, I7, I18): the conversion and its effect on
 * the index of every stage, recomputed here as the weighted mean of the values (not with the
 * calculator); readiness and finalisation not waiting; every refusal leaving the stored values
 * as they were.
 */
@IntegrationTest
class ExternalIndexTest {

	@Autowired
	Clock clock;
	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JsonMapper json;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	Assessments assessments;
	@Autowired
	Transitions transitions;
	@Autowired
	ReviewService review;
	@Autowired
	ResultsService results;

	CurrentUser admin() {
		return fixtures.login("admin");
	}

	InstrumentDefinition pemdi() {
		return instruments.current("pemdi-2026").orElseThrow();
	}

	MockHttpServletResponse putScore(long evaluation, int number, String body) throws Exception {
		return mvc.perform(put("/api/evaluations/{id}/external-indices/{n}", evaluation, number).with(user(admin()))
				.contentType("application/json").content(body)).andReturn().getResponse();
	}

	JsonNode read(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString());
	}

	/** The value each indicator has at a stage, as stored. */
	Map<Integer, BigDecimal> stored(long evaluation, Stage stage) {
		Map<Integer, BigDecimal> values = new HashMap<>();
		assessments.list(evaluation).forEach(a -> values.put(a.number(), a.levelAt(stage)));
		return values;
	}

	/** The Pemdi index recomputed here: sum of weight x value over sum of weights, two decimals half-up. */
	BigDecimal expectedIndex(Map<Integer, BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (InstrumentDefinition.Indicator i : pemdi().allIndicators()) {
			sum = sum.add(i.weight().multiply(values.get(i.number())));
			weights = weights.add(i.weight());
		}
		return sum.divide(weights, 2, RoundingMode.HALF_UP);
	}

	@Test
	void aNewEvaluationWaitsWithTheDefaultAtEveryStageAndTheApiSaysSo() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		for (Stage stage : Stage.values()) {
			Map<Integer, BigDecimal> values = stored(a.evaluationId(), stage);
			for (int n : new int[] { 5, 6, 7, 18 }) {
				assertThat(values.get(n)).as("I" + n + " at " + stage).isEqualByComparingTo("1.00");
			}
			assertThat(values.get(1)).as("an assessed indicator has no value yet").isNull();
		}
		JsonNode body = read(mvc.perform(get("/api/evaluations/{id}", a.evaluationId()).with(user(a.operator())))
				.andReturn().getResponse());
		JsonNode i5 = body.get("indicators").get(4);
		assertThat(i5.get("number").asInt()).isEqualTo(5);
		assertThat(i5.get("external").get("arrived").asBoolean()).isFalse();
		assertThat(i5.get("external").get("value").asString()).isEqualTo("1.00");
		assertThat(i5.get("external").get("index").asString()).isEqualTo("SDI");
		assertThat(i5.get("blockers").size()).as("readiness does not wait for it").isZero();
		assertThat(body.get("indicators").get(0).has("external")).isFalse();
		String page = mvc.perform(get("/evaluations/{id}/indicators/5", a.evaluationId()).with(user(a.operator())))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Menunggu indeks nasional (SDI)").doesNotContain("id=\"entryForm\"");
	}

	@Test
	void theConvertedValueIsTheValueOfEveryStageAndOfEveryStagesIndex() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		long id = c.id();
		CurrentUser lead = c.team().lead();
		MockHttpServletResponse entered = putScore(id, 5, "{\"score\": 68.75, \"source\": \"SDI 2026\", \"date\": \"2026-09-30\"}");
		assertThat(entered.getStatus()).isEqualTo(200);
		assertThat(read(entered).get("value").asString()).isEqualTo("3.75");
		// the SJIG scale is 1-5 without bands: the score is the value; typed with a decimal comma
		assertThat(putScore(id, 6, "{\"score\": \"2,5\", \"source\": \"SJIG 2026\", \"date\": \"2026-08-01\"}").getStatus())
				.isEqualTo(200);
		// read back with the evaluation: the score as entered, its source and date, who entered it and when
		JsonNode i5 = read(mvc.perform(get("/api/evaluations/{id}", id).with(user(admin()))).andReturn().getResponse())
				.get("indicators").get(4).get("external");
		assertThat(i5.get("score").asString()).isEqualTo("68.75");
		assertThat(i5.get("source").asString()).isEqualTo("SDI 2026");
		assertThat(i5.get("date").asString()).isEqualTo("2026-09-30");
		assertThat(i5.get("enteredBy").asString()).isEqualTo(admin().getFullName());
		assertThat(Instant.parse(i5.get("enteredAt").asString())).isBetween(clock.instant().minusSeconds(600), clock.instant());
		Map<Integer, BigDecimal> external = Map.of(5, new BigDecimal("3.75"), 6, new BigDecimal("2.50"), 7, BigDecimal.ONE,
				18, BigDecimal.ONE);

		Map<Stage, Map<Integer, BigDecimal>> expected = new HashMap<>();
		Map<Integer, BigDecimal> self = new HashMap<>(external);
		pemdi().allIndicators().stream().filter(i -> !i.isExternal()).forEach(i -> self.put(i.number(), new BigDecimal("3")));
		expected.put(Stage.SELF, self);

		transitions.move(lead, id, EvaluationAction.START_DOCUMENT_REVIEW, null);
		Map<Integer, BigDecimal> doc = new HashMap<>(self);
		for (InstrumentDefinition.Indicator i : pemdi().allIndicators()) {
			if (!i.isExternal()) {
				BigDecimal level = new BigDecimal(i.number() % 2 == 0 ? "2.5" : "4");
				review.saveStage(lead, id, i.number(), new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, level, null, null, null));
				doc.put(i.number(), level);
			}
		}
		expected.put(Stage.DOCUMENT_REVIEW, doc);
		transitions.move(lead, id, EvaluationAction.START_INTERVIEW, null);
		review.carryOver(lead, id);
		// a score arriving mid-review changes every stage at once, the agency's too: I18 from SDI 25 is 2.00
		assertThat(read(putScore(id, 18, "{\"score\": 25, \"source\": \"SDI 2026\", \"date\": \"2026-09-30\"}"))
				.get("value").asString()).isEqualTo("2.00");
		self.put(18, new BigDecimal("2.00"));
		doc.put(18, new BigDecimal("2.00"));
		expected.put(Stage.INTERVIEW, new HashMap<>(doc));
		transitions.move(lead, id, EvaluationAction.START_SITE_VISIT, null);
		review.carryOver(lead, id);
		expected.put(Stage.SITE_VISIT, new HashMap<>(doc));
		transitions.move(lead, id, EvaluationAction.START_FINAL_REVIEW, null);
		review.carryOver(lead, id);
		Map<Integer, BigDecimal> fin = new HashMap<>(doc);
		review.saveStage(lead, id, 1, new ReviewService.StageSave(Stage.FINAL, new BigDecimal("5"), null, "Rekomendasi", null));
		fin.put(1, new BigDecimal("5"));
		expected.put(Stage.FINAL, fin);
		// finalisation does not wait for I7, still waiting for its national index
		transitions.move(lead, id, EvaluationAction.FINALISE, null);

		JsonNode stages = read(mvc.perform(get("/api/evaluations/{id}/results", id).with(user(admin()))).andReturn()
				.getResponse()).get("stages");
		for (Stage stage : Stage.values()) {
			Map<Integer, BigDecimal> values = stored(id, stage);
			for (int n : external.keySet()) {
				assertThat(values.get(n)).as("I" + n + " at " + stage).isEqualByComparingTo(expected.get(stage).get(n));
			}
			assertThat(stages.get(stage.name()).get("complete").asBoolean()).as(stage.name()).isTrue();
			assertThat(new BigDecimal(stages.get(stage.name()).get("overall").asString())).as("index at " + stage)
					.isEqualByComparingTo(expectedIndex(expected.get(stage)));
		}
		Results r = results.results(admin(), id);
		assertThat(r.assessedRows()).noneMatch(row -> row.indicator().isExternal());
		assertThat(r.externalValues()).extracting(ExternalScoreView::number).containsExactly(5, 6, 7, 18);
		assertThat(results.gains(r)).extracting(Gain::indicator).noneMatch(InstrumentDefinition.Indicator::isExternal);
		assertThatThrownBy(() -> results.simulate(r, Map.of(5, new BigDecimal("5"))))
				.isInstanceOfSatisfying(RuleViolationException.class,
						e -> assertThat(e.getMessageKey()).isEqualTo("external.error.notAssessed"));
		String page = mvc.perform(get("/evaluations/{id}/results", id).with(user(admin()))).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("data-testid=\"external-results\"").contains("menunggu indeks nasional");

		// a finalised evaluation keeps its published values
		MockHttpServletResponse refused = putScore(id, 7, "{\"score\": 3, \"source\": \"EPSS 2026\", \"date\": \"2026-09-30\"}");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(read(refused).get("message").asString()).contains("sudah final");
		assertThat(stored(id, Stage.FINAL).get(7)).isEqualByComparingTo("1.00");
		assertThat(assessments.list(id).get(0).stages()).isNotEmpty();
		assertThat(c.agency().evaluation().state()).isEqualTo(EvaluationState.SELF_ASSESSMENT);
	}

	@Test
	void readinessAndSubmissionDoNotWaitForNationalIndices() {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		fixtures.completeAllExcept(a);
		assertThat(stored(a.evaluationId(), Stage.SELF).get(5)).isEqualByComparingTo("1.00");
		assertThat(transitions.move(a.coordinator(), a.evaluationId(), EvaluationAction.SUBMIT, null).state())
				.isEqualTo(EvaluationState.SUBMITTED);
	}

	@Test
	void theAgencyAndTheAssessorsCannotSetThem() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long version = assessments.get(a.evaluationId(), 5).version();
		MockHttpServletResponse api = mvc.perform(put("/api/evaluations/{id}/indicators/5", a.evaluationId())
				.with(user(a.operator())).contentType("application/json")
				.content("{\"level\": 4, \"justification\": \"Sudah\", \"version\": " + version + "}")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat(read(api).get("message").asString())
				.isEqualTo("Indikator 5 tidak dinilai: nilainya diambil dari indeks nasional SDI dan diisi administrator.");
		String page = mvc.perform(post("/evaluations/{id}/indicators/5", a.evaluationId()).with(user(a.operator())).with(csrf())
				.param("level", "4").param("justification", "Sudah").param("version", "" + version)).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("Indikator 5 tidak dinilai");
		assertThat(stored(a.evaluationId(), Stage.SELF).get(5)).isEqualByComparingTo("1.00");

		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		MockHttpServletResponse stage = mvc.perform(put("/api/evaluations/{id}/indicators/18/stages/DOCUMENT_REVIEW", c.id())
				.with(user(c.team().member())).contentType("application/json")
				.content("{\"level\": 3, \"note\": \"Cukup\", \"seen\": 0}").header("Accept-Language", "en")).andReturn()
				.getResponse();
		assertThat(stage.getStatus()).isEqualTo(400);
		assertThat(read(stage).get("message").asString())
				.isEqualTo("Indicator 18 is not assessed: its value comes from the national index SDI, entered by an administrator.");
		assertThat(stored(c.id(), Stage.DOCUMENT_REVIEW).get(18)).isEqualByComparingTo("1.00");
	}

	@Test
	void badScoresAreRefusedWithAMessageAndChangeNothing() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		long id = a.evaluationId();
		assertThat(putScore(id, 5, "{\"score\": 40, \"source\": \"SDI 2026\", \"date\": \"2026-09-30\"}").getStatus()).isEqualTo(200);
		Map<String, String> refusals = new java.util.LinkedHashMap<>();
		refusals.put("5|{\"score\": 100.5, \"source\": \"SDI\", \"date\": \"2026-09-30\"}", "Skor 100,5 di luar skala SDI (0 sampai 100).");
		refusals.put("6|{\"score\": 6, \"source\": \"SJIG\", \"date\": \"2026-09-30\"}", "Skor 6 di luar skala SJIG (1 sampai 5).");
		refusals.put("5|{\"score\": -1, \"source\": \"SDI\", \"date\": \"2026-09-30\"}", "Skor -1 di luar skala SDI (0 sampai 100).");
		refusals.put("1|{\"score\": 50, \"source\": \"SDI\", \"date\": \"2026-09-30\"}", "Indikator 1 dinilai asesor, bukan diambil dari indeks nasional.");
		refusals.put("99|{\"score\": 50, \"source\": \"SDI\", \"date\": \"2026-09-30\"}", "Indikator 99 tidak ada dalam instrumen.");
		refusals.put("5|{\"score\": 50, \"date\": \"2026-09-30\"}", "Isi sumber skor (mis. \"SDI 2026\").");
		refusals.put("5|{\"score\": 50, \"source\": \"SDI\"}", "Isi tanggal skor.");
		refusals.put("5|{\"score\": 50, \"source\": \"SDI\", \"date\": \"2099-01-01\"}", "Tanggal skor 2099-01-01 belum terjadi.");
		refusals.put("5|{\"source\": \"SDI\", \"date\": \"2026-09-30\"}", "Isi skor indeks nasional.");
		refusals.put("5|{\"score\": 50, \"source\": \"SDI\", \"date\": \"0001-01-01\"}", "Tanggal skor 0001-01-01 terlalu awal: paling awal 2018-01-01.");
		refusals.put("5|{\"score\": \"tiga\", \"source\": \"SDI\", \"date\": \"2026-09-30\"}", null);
		for (Map.Entry<String, String> r : refusals.entrySet()) {
			String[] parts = r.getKey().split("\\|", 2);
			MockHttpServletResponse response = putScore(id, Integer.parseInt(parts[0]), parts[1]);
			assertThat(response.getStatus()).as(r.getKey()).isEqualTo(400);
			String message = read(response).get("message").asString();
			assertThat(message).as(r.getKey()).isNotBlank();
			if (r.getValue() != null) {
				assertThat(message).as(r.getKey()).isEqualTo(r.getValue());
			}
		}
		// 40 is in the 37.5-62.5 band: 2.5 + (40 - 37.5) / 25 = 2.60, unchanged by every refusal
		for (Stage stage : Stage.values()) {
			assertThat(stored(id, stage).get(5)).as(stage.name()).isEqualByComparingTo("2.60");
			assertThat(stored(id, stage).get(6)).as(stage.name()).isEqualByComparingTo("1.00");
		}
		assertThat(mvc.perform(put("/api/evaluations/{id}/external-indices/5", id).with(user(a.coordinator()))
				.contentType("application/json").content("{\"score\": 50, \"source\": \"SDI\", \"date\": \"2026-09-30\"}"))
				.andReturn().getResponse().getStatus()).isEqualTo(403);
	}
}
