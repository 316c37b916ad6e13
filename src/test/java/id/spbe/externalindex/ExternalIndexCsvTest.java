package id.spbe.externalindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.Stage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A period's national index scores from a CSV file (API and page) and the page's one-score form:
 * all or nothing, every problem by line and column, nothing changed by a refusal.
 */
@IntegrationTest
class ExternalIndexCsvTest {

	static final String HEADER = "agency,indicator,score,source,date\n";

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JsonMapper json;
	@Autowired
	Assessments assessments;

	BigDecimal value(long evaluation, int number, Stage stage) {
		return assessments.get(evaluation, number).levelAt(stage);
	}

	MockHttpServletResponse importCsv(long period, String csv) throws Exception {
		return mvc.perform(post("/api/periods/{id}/external-indices", period).with(user(fixtures.login("admin")))
				.contentType("text/csv").content(csv)).andReturn().getResponse();
	}

	@Test
	void aFileWithAnyBadLineChangesNothingAndNamesEveryProblem() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		Fixtures.TestAgency b = fixtures.newAgency("pemdi-2026");
		Fixtures.TestAgency other = fixtures.newAgency("spbe-2020");
		long period = a.evaluation().periodId();
		assertThat(b.evaluation().periodId()).isEqualTo(period);
		String an = a.evaluation().agencyName();
		String bn = b.evaluation().agencyName();
		String csv = HEADER
				+ an + ",5,\"68,75\",SDI 2026,2026-09-30\n"          // 2 good
				+ "Pemerintah Antah Berantah,5,50,SDI,2026-09-30\n"   // 3 unknown agency
				+ an + ",5,50,SDI,2026-09-30\n"                       // 4 repeated
				+ bn + ",1,50,SDI,2026-09-30\n"                       // 5 not external
				+ bn + ",5,6x,SDI,2026-09-30\n"                       // 6 bad number
				+ bn + ",6,3,,2026-09-30\n"                           // 7 no source
				+ bn + ",7,3,EPSS,2099-01-01\n"                       // 8 future date
				+ other.evaluation().agencyName() + ",5,50,SDI,2026-09-30\n" // 9 not in the period
				+ bn + ",18,101,SDI,2026-09-30\n"                     // 10 outside the scale
				+ bn + ",99,3,SDI,2026-09-30\n"                       // 11 unknown indicator
				+ an + ",6,3,SJIG,\n";                                // 12 no date
		MockHttpServletResponse response = importCsv(period, csv);
		assertThat(response.getStatus()).isEqualTo(400);
		JsonNode body = json.readTree(response.getContentAsString());
		List<String> errors = new ArrayList<>();
		body.get("errors").forEach(e -> errors.add(e.get("line").asInt() + "/" + e.get("column").asString()));
		assertThat(errors).containsExactlyInAnyOrder("3/agency", "4/indicator", "5/indicator", "6/score", "7/source",
				"8/date", "9/agency", "10/score", "11/indicator", "12/date");
		assertThat(body.get("errors").toString()).contains("di luar skala SDI").contains("belum terjadi")
				.contains("tidak terdaftar di periode ini").contains("sudah ada di baris 2");
		for (Stage stage : Stage.values()) {
			assertThat(value(a.evaluationId(), 5, stage)).as("nothing stored, " + stage).isEqualByComparingTo("1.00");
		}

		MockHttpServletResponse done = importCsv(period, HEADER + an + ",5,\"68,75\",SDI 2026,2026-09-30\n"
				+ bn + ",18,25,SDI 2026,2026-09-30\n" + bn + ",6,\"3,2\",SJIG 2026,2026-08-01\n");
		assertThat(done.getStatus()).as(done.getContentAsString()).isEqualTo(200);
		assertThat(json.readTree(done.getContentAsString()).get("entered").asInt()).isEqualTo(3);
		for (Stage stage : Stage.values()) {
			assertThat(value(a.evaluationId(), 5, stage)).isEqualByComparingTo("3.75");
			assertThat(value(b.evaluationId(), 18, stage)).isEqualByComparingTo("2.00");
			assertThat(value(b.evaluationId(), 6, stage)).isEqualByComparingTo("3.20");
		}
		String page = mvc.perform(get("/admin/periods/{id}/external-indices", period).with(user(fixtures.login("admin"))))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("dari SDI 68,75").contains("menunggu indeks nasional");
	}

	@Test
	void thePageRefusesAnEvaluationOfAnotherPeriodAndKeepsWhatWasTyped() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		Fixtures.TestAgency other = fixtures.newAgency("spbe-2020");
		long period = a.evaluation().periodId();
		MvcResult result = mvc.perform(post("/admin/periods/{id}/external-indices", period).with(user(fixtures.login("admin")))
				.with(csrf()).param("evaluationId", "" + other.evaluationId()).param("indicator", "5")
				.param("score", "68,75").param("source", "SDI 2026").param("date", "2026-09-30")).andReturn();
		BindingResult binding = (BindingResult) result.getFlashMap()
				.get(BindingResult.MODEL_KEY_PREFIX + "scoreForm");
		assertThat(binding.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("external.error.notInPeriod");
		assertThat(((ScoreForm) result.getFlashMap().get("scoreForm")).getScore()).isEqualTo("68,75");

		MvcResult typo = mvc.perform(post("/admin/periods/{id}/external-indices", period).with(user(fixtures.login("admin")))
				.with(csrf()).param("evaluationId", "" + a.evaluationId()).param("indicator", "5")
				.param("score", "2.5.1").param("source", "SDI 2026").param("date", "2026-09-30")).andReturn();
		assertThat(((BindingResult) typo.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "scoreForm"))
				.getFieldErrors("score")).hasSize(1);
		assertThat(value(a.evaluationId(), 5, Stage.SELF)).isEqualByComparingTo("1.00");

		mvc.perform(post("/admin/periods/{id}/external-indices", period).with(user(fixtures.login("admin"))).with(csrf())
				.param("evaluationId", "" + a.evaluationId()).param("indicator", "5").param("score", "25")
				.param("source", "SDI 2026").param("date", "2026-09-30"));
		assertThat(value(a.evaluationId(), 5, Stage.FINAL)).isEqualByComparingTo("2.00");

		MvcResult csv = mvc.perform(multipart("/admin/periods/{id}/external-indices/import", period)
				.file(new MockMultipartFile("file", "x.csv", "text/csv",
						(HEADER + a.evaluation().agencyName() + ",5,50,,2026-09-30\n").getBytes()))
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(((BindingResult) csv.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "csvForm")).getGlobalErrors())
				.isNotEmpty();
		assertThat(value(a.evaluationId(), 5, Stage.FINAL)).isEqualByComparingTo("2.00");
	}
}
