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
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.IndexJson;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results against the index calculator on the demo evaluations: the API per stage, the what-if
 * ranking and simulator, the PDF report's text and the Excel export.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(Fixtures.class)
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

	private JsonNode api(String path, String who) throws Exception {
		return json.readTree(mvc.perform(get(path).with(httpBasic(who, "demo"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString());
	}

	private long demo(String agency, String period) throws Exception {
		for (JsonNode e : api("/api/evaluations", "admin")) {
			if (e.get("agencyName").asString().contains(agency) && e.get("periodName").asString().equals(period)) {
				return e.get("id").longValue();
			}
		}
		throw new AssertionError(agency + " " + period);
	}

	@Test
	void theResultsApiEqualsTheCalculatorForEveryStageOfEveryDemoEvaluation() throws Exception {
		int complete = 0;
		int incomplete = 0;
		for (JsonNode e : api("/api/evaluations", "admin")) {
			long id = e.get("id").longValue();
			JsonNode detail = api("/api/evaluations/" + id, "admin");
			InstrumentDefinition instrument = instruments.current(detail.get("instrument").asString()).orElseThrow();
			JsonNode api = api("/api/evaluations/" + id + "/results", "admin").get("stages");
			assertThat(api.propertyNames()).containsExactly("SELF", "DOCUMENT_REVIEW", "INTERVIEW", "SITE_VISIT", "FINAL");
			for (Stage stage : Stage.values()) {
				Map<Integer, BigDecimal> values = new HashMap<>();
				for (JsonNode row : detail.get("indicators")) {
					JsonNode level = row.get("stages").get(stage.name()).get("level");
					if (!level.isNull()) {
						values.put(row.get("number").intValue(), level.decimalValue());
					}
				}
				IndexResult expected = IndexCalculator.compute(instrument, values);
				JsonNode actual = api.get(stage.name());
				assertThat(json.readTree(json.writeValueAsString(IndexJson.of(expected)))).as(id + " " + stage).isEqualTo(actual);
				if (expected.complete()) {
					complete++;
				}
				else {
					assertThat(actual.has("overall")).isFalse();
					assertThat(actual.has("predikat")).isFalse();
					incomplete++;
				}
			}
		}
		assertThat(complete).as("complete stages in the demo").isGreaterThanOrEqualTo(6);
		assertThat(incomplete).as("incomplete stages in the demo").isGreaterThanOrEqualTo(6);
	}

	@Test
	void theWhatIfRanksByGainAndEachGainIsARecomputation() throws Exception {
		long id = demo("Bangka Tengah", "Evaluasi SPBE 2021");
		Results r = results.results(fixtures.login("koordinator2"), id);
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

		mvc.perform(get("/evaluations/{id}/results", id).param("t3", "2.5").with(user(fixtures.login("koordinator2"))))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("data-testid=\"simulation-error\"")))
				.andExpect(content().string(Matchers.containsString("value=\"2.5\"")));
		mvc.perform(get("/evaluations/{id}/results", id).param("t3", "dua").with(user(fixtures.login("koordinator2"))))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("bukan angka")));
		for (String bad : new String[] { "t01", "t1000", "t-1", "tx" }) {
			mvc.perform(get("/evaluations/{id}/results", id).param(bad, "4").with(user(fixtures.login("koordinator2"))))
					.andExpect(content().string(Matchers.containsString("Parameter target tidak dikenal")));
		}
		mvc.perform(get("/evaluations/{id}/results", id).param("t1", "4", "5").with(user(fixtures.login("koordinator2"))))
				.andExpect(content().string(Matchers.containsString("Parameter target tidak dikenal")));
	}

	@Test
	void theReportIsAPdfWithTheAgencyTheIndexAndThePredikat() throws Exception {
		long id = demo("Bangka Tengah", "Evaluasi SPBE 2021");
		JsonNode fin = api("/api/evaluations/" + id + "/results", "koordinator2").get("stages").get("FINAL");
		byte[] pdf = mvc.perform(get("/evaluations/{id}/results.pdf", id).with(user(fixtures.login("koordinator2"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("Pemerintah Kabupaten Bangka Tengah", "Evaluasi SPBE 2021",
				fin.get("overall").asString(), fin.get("predikat").asString(), "Halaman");

		byte[] english = mvc.perform(get("/evaluations/{id}/results.pdf", id).param("lang", "en")
				.with(user(fixtures.login("koordinator2")))).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(english)).contains("Evaluation Results Report", "Page");
	}

	@Test
	void theExcelExportOpensAndMatchesTheResults() throws Exception {
		long id = demo("Bangka Tengah", "Evaluasi SPBE 2021");
		Results r = results.results(fixtures.login("koordinator2"), id);
		byte[] xlsx = mvc.perform(get("/evaluations/{id}/results.xlsx", id).with(user(fixtures.login("koordinator2"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet overall = book.getSheet("Ringkasan");
			assertThat(overall.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Penilaian mandiri");
			assertThat(BigDecimal.valueOf(overall.getRow(8).getCell(1).getNumericCellValue()))
					.isEqualByComparingTo(r.index(Stage.FINAL).overall());
			assertThat(overall.getRow(8).getCell(2).getStringCellValue()).isEqualTo(r.index(Stage.FINAL).predikat().predikat());
			Sheet groups = book.getSheet("Domain dan aspek");
			assertThat(groups.getLastRowNum()).isEqualTo(4 + 8);
			Sheet indicators = book.getSheet("Indikator");
			assertThat(indicators.getLastRowNum()).isEqualTo(47);
			for (Results.Row row : r.rows()) {
				org.apache.poi.ss.usermodel.Row x = indicators.getRow(row.indicator().number());
				assertThat((int) x.getCell(0).getNumericCellValue()).isEqualTo(row.indicator().number());
				assertThat(BigDecimal.valueOf(x.getCell(7).getNumericCellValue())).isEqualByComparingTo(row.at(Stage.FINAL));
				assertThat(x.getCell(9).getStringCellValue()).isEqualTo(row.recommendation());
			}
		}
	}

	@Test
	void theAgencySeesOnlyItsSelfAssessmentIndexUntilFinal() throws Exception {
		long id = demo("Pangkalpinang", "Evaluasi SPBE 2021");
		JsonNode agency = api("/api/evaluations/" + id + "/results", "koordinator").get("stages");
		assertThat(agency.propertyNames()).containsExactly("SELF");
		JsonNode assessor = api("/api/evaluations/" + id + "/results", "asesor").get("stages");
		assertThat(assessor.get("DOCUMENT_REVIEW").get("complete").booleanValue()).isTrue();
		assertThat(assessor.get("INTERVIEW").get("complete").booleanValue()).isFalse();
		mvc.perform(get("/api/evaluations/{id}/results", id).with(httpBasic("koordinator2", "demo"))).andExpect(status().isNotFound());
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
