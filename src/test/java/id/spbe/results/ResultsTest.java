package id.spbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.IndexJson;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.review.ReviewService;
import id.spbe.user.CurrentUser;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results against the index calculator on evaluations this test makes itself: the API per stage,
 * the what-if ranking and simulator, the PDF report's text, the Excel export and what the agency
 * sees; and the API once over the demo evaluations, read by agency and period.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ResultsService results;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	JsonMapper json;
	@Autowired
	ReviewService review;
	@Autowired
	id.spbe.evaluation.Transitions transitions;
	@Autowired
	Assessments assessments;

	/** An SPBE 2020 evaluation taken to the end, and the levels set at each stage. */
	Fixtures.TestAgency finalised;
	Map<Stage, Map<Integer, BigDecimal>> finalisedLevels;
	/** An SPBE 2020 evaluation in the interview stage: document review complete, interview partly scored. */
	Fixtures.InReview inInterview;
	Map<Stage, Map<Integer, BigDecimal>> inInterviewLevels;

	@BeforeAll
	void evaluations() {
		finalisedLevels = new EnumMap<>(Stage.class);
		Fixtures.InReview f = toInterview(finalisedLevels);
		finalised = f.agency();
		CurrentUser lead = f.team().lead();
		transitions.move(lead, f.id(), EvaluationAction.START_FINAL_REVIEW, null);
		review.carryOver(lead, f.id());
		Map<Integer, BigDecimal> fin = new HashMap<>();
		finalisedLevels.get(Stage.DOCUMENT_REVIEW).forEach((n, level) -> fin.put(n,
				finalisedLevels.get(Stage.INTERVIEW).getOrDefault(n, level)));
		for (int n : new int[] { 1, 2 }) {
			review.saveStage(lead, f.id(), n, new ReviewService.StageSave(Stage.FINAL, new BigDecimal("5"), null, "Rekomendasi uji " + n, null));
			fin.put(n, new BigDecimal("5"));
		}
		finalisedLevels.put(Stage.FINAL, fin);
		transitions.move(lead, f.id(), EvaluationAction.FINALISE, null);

		inInterviewLevels = new EnumMap<>(Stage.class);
		inInterview = toInterview(inInterviewLevels);
	}

	/**
	 * A new SPBE 2020 evaluation submitted with self levels 1-5 by number, document review levels
	 * on every indicator, interview levels on indicators 1-10, now in the interview stage.
	 */
	private Fixtures.InReview toInterview(Map<Stage, Map<Integer, BigDecimal>> levels) {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		List<Integer> numbers = instruments.current("spbe-2020").orElseThrow().allIndicators().stream()
				.map(InstrumentDefinition.Indicator::number).toList();
		levels.put(Stage.SELF, level(numbers, n -> 1 + n % 5));
		fixtures.submit(a, n -> levels.get(Stage.SELF).get(n));
		Fixtures.Team team = fixtures.team(a);
		transitions.move(team.lead(), a.evaluationId(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		levels.put(Stage.DOCUMENT_REVIEW, level(numbers, n -> 1 + (n + 2) % 5));
		levels.get(Stage.DOCUMENT_REVIEW).forEach((n, level) -> review.saveStage(team.lead(), a.evaluationId(), n,
				new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, level, null, null, null)));
		transitions.move(team.lead(), a.evaluationId(), EvaluationAction.START_INTERVIEW, null);
		levels.put(Stage.INTERVIEW, level(numbers.stream().filter(n -> n <= 10).toList(), n -> 1 + (n + 3) % 5));
		levels.get(Stage.INTERVIEW).forEach((n, level) -> review.saveStage(team.member(), a.evaluationId(), n,
				new ReviewService.StageSave(Stage.INTERVIEW, level, null, null, null)));
		return new Fixtures.InReview(a, team);
	}

	private static Map<Integer, BigDecimal> level(List<Integer> numbers, java.util.function.IntUnaryOperator level) {
		Map<Integer, BigDecimal> levels = new HashMap<>();
		numbers.forEach(n -> levels.put(n, BigDecimal.valueOf(level.applyAsInt(n))));
		return levels;
	}

	private JsonNode api(String path, String who) throws Exception {
		return json.readTree(mvc.perform(get(path).with(httpBasic(who, "demo"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString());
	}

	/** A demo evaluation by its agency and period, which the demo data always seeds. */
	private long demo(String agency, String period) throws Exception {
		for (JsonNode e : api("/api/evaluations", "admin")) {
			if (e.get("agencyName").asString().contains(agency) && e.get("periodName").asString().equals(period)) {
				return e.get("id").longValue();
			}
		}
		throw new AssertionError(agency + " " + period);
	}

	/**
	 * Asserts that the results API gives, for every stage, exactly what the calculator gives for
	 * the levels set at that stage.
	 *
	 * @return the number of complete stages
	 */
	private int assertResultsAreTheCalculators(long id, String instrumentCode, Map<Stage, Map<Integer, BigDecimal>> levels)
			throws Exception {
		InstrumentDefinition instrument = instruments.current(instrumentCode).orElseThrow();
		JsonNode api = api("/api/evaluations/" + id + "/results", "admin").get("stages");
		assertThat(api.propertyNames()).containsExactly("SELF", "DOCUMENT_REVIEW", "INTERVIEW", "SITE_VISIT", "FINAL");
		int complete = 0;
		for (Stage stage : Stage.values()) {
			IndexResult expected = IndexCalculator.compute(instrument, levels.getOrDefault(stage, Map.of()));
			JsonNode actual = api.get(stage.name());
			assertThat(actual).as(id + " " + stage).isEqualTo(json.readTree(json.writeValueAsString(IndexJson.of(expected))));
			if (expected.complete()) {
				assertThat(actual.get("overall").asString()).as(id + " " + stage).matches("\\d\\.\\d\\d");
				complete++;
			}
			else {
				assertThat(actual.has("overall")).isFalse();
				assertThat(actual.has("predikat")).isFalse();
			}
		}
		return complete;
	}

	@Test
	void theResultsApiEqualsTheCalculatorForEveryStage() throws Exception {
		// finalised: self, document review and final complete; interview partly scored; no site visit
		assertThat(assertResultsAreTheCalculators(finalised.evaluationId(), "spbe-2020", finalisedLevels)).isEqualTo(3);
		// in the interview: self and document review complete
		assertThat(assertResultsAreTheCalculators(inInterview.id(), "spbe-2020", inInterviewLevels)).isEqualTo(2);

		// Pemdi in self-assessment with decimal levels: the self-assessment index, then none once one level is cleared
		// the indicators fed by national indices hold the default 1.00 at every stage (i13-external)
		Fixtures.TestAgency pemdi = fixtures.newAgency("pemdi-2026");
		List<InstrumentDefinition.Indicator> indicators = instruments.current("pemdi-2026").orElseThrow().allIndicators();
		List<Integer> numbers = indicators.stream().map(InstrumentDefinition.Indicator::number).toList();
		Map<Integer, BigDecimal> external = new HashMap<>();
		indicators.stream().filter(InstrumentDefinition.Indicator::isExternal).forEach(i -> external.put(i.number(), BigDecimal.ONE));
		Map<Integer, BigDecimal> self = new HashMap<>(external);
		for (int n : numbers) {
			if (!external.containsKey(n)) {
				self.put(n, new BigDecimal("1.00").add(BigDecimal.valueOf(n * 37 % 401, 2)));
				assessments.saveSelf(pemdi.evaluationId(), n, new Assessments.SelfEntry(self.get(n), "Penjelasan " + n, null),
						pemdi.operator().getId());
			}
		}
		Map<Stage, Map<Integer, BigDecimal>> levels = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			levels.put(stage, new HashMap<>(external));
		}
		levels.put(Stage.SELF, self);
		assertThat(assertResultsAreTheCalculators(pemdi.evaluationId(), "pemdi-2026", levels)).isEqualTo(1);
		int last = numbers.get(numbers.size() - 1);
		assessments.saveSelf(pemdi.evaluationId(), last, new Assessments.SelfEntry(null, "Penjelasan " + last, null),
				pemdi.operator().getId());
		self.remove(last);
		assertThat(assertResultsAreTheCalculators(pemdi.evaluationId(), "pemdi-2026", levels)).isZero();
	}

	@Test
	void theResultsApiEqualsTheCalculatorOnTheDemoEvaluations() throws Exception {
		int complete = 0;
		int stages = 0;
		for (String[] key : new String[][] { { "Pangkalpinang", "Evaluasi SPBE 2021" }, { "Pangkalpinang", "Evaluasi Pemdi 2026" },
				{ "Bangka Tengah", "Evaluasi SPBE 2021" }, { "Bangka Tengah", "Evaluasi Pemdi 2026" } }) {
			long id = demo(key[0], key[1]);
			JsonNode detail = api("/api/evaluations/" + id, "admin");
			Map<Stage, Map<Integer, BigDecimal>> levels = new EnumMap<>(Stage.class);
			for (Stage stage : Stage.values()) {
				Map<Integer, BigDecimal> values = new HashMap<>();
				for (JsonNode row : detail.get("indicators")) {
					JsonNode level = row.get("stages").get(stage.name()).get("level");
					if (!level.isNull()) {
						values.put(row.get("number").intValue(), level.decimalValue());
					}
				}
				levels.put(stage, values);
			}
			complete += assertResultsAreTheCalculators(id, detail.get("instrument").asString(), levels);
			stages += Stage.values().length;
		}
		assertThat(complete).as("complete stages in the demo").isGreaterThanOrEqualTo(6);
		assertThat(stages - complete).as("incomplete stages in the demo").isGreaterThanOrEqualTo(6);
	}

	@Test
	void theWhatIfRanksByGainAndEachGainIsARecomputation() throws Exception {
		long id = finalised.evaluationId();
		CurrentUser coordinator = finalised.coordinator();
		Results r = results.results(coordinator, id);
		assertThat(r.baseline()).contains(Stage.FINAL);
		InstrumentDefinition instrument = r.instrument();
		Map<Integer, BigDecimal> base = new HashMap<>();
		r.rows().forEach(row -> base.put(row.indicator().number(), row.at(Stage.FINAL)));
		BigDecimal baseIndex = IndexCalculator.compute(instrument, base).overallExact();
		List<Gain> gains = results.gains(r);
		assertThat(gains).hasSize((int) r.rows().stream().filter(row -> row.at(Stage.FINAL).intValue() < 5).count());
		for (int i = 0; i < gains.size(); i++) {
			Gain g = gains.get(i);
			if (i > 0) {
				assertThat(g.gain()).isLessThanOrEqualTo(gains.get(i - 1).gain());
			}
			Map<Integer, BigDecimal> raised = new HashMap<>(base);
			raised.put(g.indicator().number(), base.get(g.indicator().number()).add(BigDecimal.ONE));
			IndexResult again = IndexCalculator.compute(instrument, raised);
			assertThat(g.gain()).isEqualByComparingTo(again.overallExact().subtract(baseIndex));
			assertThat(g.overall()).isEqualByComparingTo(again.overall());
			assertThat(g.predikat()).isEqualTo(again.predikat());
		}

		Simulation s = results.simulate(r, Map.of(gains.get(0).indicator().number(), new BigDecimal("5"), 1, new BigDecimal("5")));
		Map<Integer, BigDecimal> targets = new HashMap<>(base);
		targets.put(gains.get(0).indicator().number(), new BigDecimal("5"));
		targets.put(1, new BigDecimal("5"));
		assertThat(s.result().overall()).isEqualByComparingTo(IndexCalculator.compute(instrument, targets).overall());
		assertThatThrownBy(() -> results.simulate(r, Map.of(3, new BigDecimal("6")))).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> results.simulate(r, Map.of(3, new BigDecimal("2.5")))).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> results.simulate(r, Map.of(99, new BigDecimal("2")))).isInstanceOf(RuleViolationException.class);

		mvc.perform(get("/evaluations/{id}/results", id).param("t3", "2.5").with(user(coordinator)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-testid=\"simulation-error\"")))
				.andExpect(content().string(Matchers.containsString("value=\"2.5\"")));
		mvc.perform(get("/evaluations/{id}/results", id).param("t3", "dua").with(user(coordinator)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("bukan angka")));
		// the typed target comes back in its input (jte's results/gainRows.jte), escaped: no markup of the user's
		mvc.perform(get("/evaluations/{id}/results", id).param("t3", "\"><b>x").with(user(coordinator)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("name=\"t3\" value=\"&#34;>&lt;b>x\"")))
				.andExpect(content().string(Matchers.not(Matchers.containsString("<b>x"))));
		for (String bad : new String[] { "t01", "t1000", "t-1", "tx" }) {
			mvc.perform(get("/evaluations/{id}/results", id).param(bad, "4").with(user(coordinator)))
					.andExpect(content().string(Matchers.containsString("Parameter target tidak dikenal")));
		}
		mvc.perform(get("/evaluations/{id}/results", id).param("t1", "4", "5").with(user(coordinator)))
				.andExpect(content().string(Matchers.containsString("Parameter target tidak dikenal")));
	}

	@Test
	void theReportIsAPdfWithTheAgencyTheIndexAndThePredikat() throws Exception {
		long id = finalised.evaluationId();
		JsonNode fin = api("/api/evaluations/" + id + "/results", finalised.coordinatorName()).get("stages").get("FINAL");
		byte[] pdf = mvc.perform(get("/evaluations/{id}/results.pdf", id).with(user(finalised.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains(finalised.evaluation().agencyName(), finalised.evaluation().periodName(),
				fin.get("overall").asString().replace('.', ','), fin.get("predikat").asString(), "Halaman");

		byte[] english = mvc.perform(get("/evaluations/{id}/results.pdf", id).param("lang", "en")
				.with(user(finalised.coordinator()))).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(english)).contains("Evaluation Results Report", "Page", fin.get("overall").asString());
	}

	@Test
	void theExcelExportOpensAndMatchesTheResults() throws Exception {
		long id = finalised.evaluationId();
		Results r = results.results(finalised.coordinator(), id);
		byte[] xlsx = mvc.perform(get("/evaluations/{id}/results.xlsx", id).with(user(finalised.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet overall = book.getSheet("Ringkasan");
			assertThat(overall.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Penilaian mandiri");
			assertThat(BigDecimal.valueOf(overall.getRow(8).getCell(1).getNumericCellValue()))
					.isEqualByComparingTo(r.index(Stage.FINAL).overall());
			assertThat(overall.getRow(8).getCell(2).getStringCellValue()).isEqualTo(r.index(Stage.FINAL).predikat().predikat());
			Sheet groups = book.getSheet("Domain dan aspek");
			assertThat(groups.getLastRowNum()).isEqualTo(4 + 8);
			assertThat(r.rows().stream().filter(row -> row.recommendation() != null).count()).isEqualTo(2);
			Sheet indicators = book.getSheet("Indikator");
			assertThat(indicators.getLastRowNum()).isEqualTo(47);
			for (Results.Row row : r.rows()) {
				org.apache.poi.ss.usermodel.Row x = indicators.getRow(row.indicator().number());
				assertThat((int) x.getCell(0).getNumericCellValue()).isEqualTo(row.indicator().number());
				assertThat(BigDecimal.valueOf(x.getCell(7).getNumericCellValue())).isEqualByComparingTo(row.at(Stage.FINAL));
				// no cell where no recommendation was written
				assertThat(x.getCell(9) == null ? null : x.getCell(9).getStringCellValue()).isEqualTo(row.recommendation());
			}
		}
	}

	@Test
	void theAgencySeesOnlyItsSelfAssessmentIndexUntilFinal() throws Exception {
		long id = inInterview.id();
		JsonNode agency = api("/api/evaluations/" + id + "/results", inInterview.agency().coordinatorName()).get("stages");
		assertThat(agency.propertyNames()).containsExactly("SELF");
		assertThat(agency.get("SELF").get("complete").booleanValue()).isTrue();
		JsonNode assessor = api("/api/evaluations/" + id + "/results", inInterview.team().memberName()).get("stages");
		assertThat(assessor.get("DOCUMENT_REVIEW").get("complete").booleanValue()).isTrue();
		assertThat(assessor.get("INTERVIEW").get("complete").booleanValue()).isFalse();
		mvc.perform(get("/api/evaluations/{id}/results", id).with(httpBasic(finalised.coordinatorName(), "demo")))
				.andExpect(status().isNotFound());

		JsonNode afterFinal = api("/api/evaluations/" + finalised.evaluationId() + "/results", finalised.operatorName())
				.get("stages");
		assertThat(afterFinal.propertyNames()).containsExactly("SELF", "DOCUMENT_REVIEW", "INTERVIEW", "SITE_VISIT", "FINAL");
		assertThat(afterFinal.get("FINAL").get("complete").booleanValue()).isTrue();
	}

	private static String text(byte[] pdf) throws Exception {
		StringBuilder text = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				text.append(extractor.getTextFromPage(p)).append('\n');
			}
		}
		return text.toString();
	}
}
