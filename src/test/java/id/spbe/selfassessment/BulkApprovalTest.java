package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.Assessments;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The coordinator's bulk approval, page and API: entries still at the version shown are approved,
 * an entry changed since (or incomplete, or approved meanwhile) is refused with its reason while
 * the others are approved; a wrong request, role or state approves nothing.
 */
@IntegrationTest
class BulkApprovalTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	JsonMapper json;

	/** An agency whose indicators 1-4 have a level and a justification and 5 a level only, none approved. */
	private Fixtures.TestAgency filledIn() {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		for (int n = 1; n <= 5; n++) {
			assessments.saveSelf(a.evaluationId(), n, new Assessments.SelfEntry(new BigDecimal("3"), n == 5 ? null : "Penjelasan " + n,
					null), a.operator().getId());
		}
		return a;
	}

	private long version(Fixtures.TestAgency a, int number) {
		return assessments.get(a.evaluationId(), number).version();
	}

	private List<Integer> approved(Fixtures.TestAgency a) {
		return jdbc.queryForList("select indicator_number from indicator_assessment where evaluation_id = ? "
				+ "and approved_by is not null order by indicator_number", Integer.class, a.evaluationId());
	}

	private long audited(Fixtures.TestAgency a) {
		return jdbc.queryForObject("select count(*) from audit_log where action = 'ENTRY_APPROVED' and object_id = ?",
				Long.class, "" + a.evaluationId());
	}

	private MockHttpServletResponse api(Fixtures.TestAgency a, String who, String body) throws Exception {
		return mvc.perform(post("/api/evaluations/{id}/approvals", a.evaluationId()).with(httpBasic(who, "demo"))
				.contentType("application/json").content(body)).andReturn().getResponse();
	}

	private String message(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString()).get("message").asString();
	}

	@Test
	void theApiApprovesTheEntriesStillAsShownAndSaysWhyTheOthersWereRefused() throws Exception {
		Fixtures.TestAgency a = filledIn();
		long shown2 = version(a, 2);
		// the operator changes indicator 2 after the coordinator's page was shown
		assessments.saveSelf(a.evaluationId(), 2, new Assessments.SelfEntry(new BigDecimal("4"), "Diubah", shown2),
				a.operator().getId());
		MockHttpServletResponse response = api(a, a.coordinatorName(), "{\"entries\": {\"1\": " + version(a, 1) + ", \"2\": " + shown2
				+ ", \"3\": " + version(a, 3) + ", \"5\": " + version(a, 5) + "}}");
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode body = json.readTree(response.getContentAsString());
		assertThat(body.get("approved").toString()).isEqualTo("[1,3]");
		assertThat(body.get("refused")).hasSize(2);
		JsonNode changed = body.get("refused").get(0);
		assertThat(changed.get("number").asInt()).isEqualTo(2);
		assertThat(changed.get("reason").asString()).isEqualTo("CHANGED");
		assertThat(changed.get("shownVersion").asLong()).isEqualTo(shown2);
		assertThat(changed.get("currentVersion").asLong()).isEqualTo(version(a, 2));
		assertThat(changed.get("message").asString()).startsWith("Indikator 2 tidak disetujui: entrinya berubah sejak ditampilkan");
		assertThat(body.get("refused").get(1).get("reason").asString()).isEqualTo("INCOMPLETE");
		assertThat(approved(a)).containsExactly(1, 3);
		assertThat(audited(a)).isEqualTo(2);

		// approved meanwhile: left as it is; English on request
		MockHttpServletResponse again = mvc.perform(post("/api/evaluations/{id}/approvals", a.evaluationId())
				.with(httpBasic(a.coordinatorName(), "demo")).header("Accept-Language", "en").contentType("application/json")
				.content("{\"entries\": {\"1\": " + version(a, 1) + "}}")).andReturn().getResponse();
		assertThat(json.readTree(again.getContentAsString()).get("refused").get(0).get("message").asString())
				.isEqualTo("Indicator 1 was already approved; left as it is.");
		assertThat(audited(a)).isEqualTo(2);
	}

	@Test
	void aWrongRequestApprovesNothingAndSaysWhy() throws Exception {
		Fixtures.TestAgency a = filledIn();
		String v1 = "\"1\": " + version(a, 1);
		Map<String, String> bad = Map.of(
				"{\"entries\": {" + v1 + ", \"99\": 0}}", "Indikator \"99\" tidak ada dalam instrumen evaluasi ini",
				"{\"entries\": {" + v1 + ", \"tiga\": 0}}", "Indikator \"tiga\" tidak ada",
				"{\"entries\": {" + v1 + ", \"2\": \"4\"}}", "Versi entri indikator 2 harus bilangan bulat",
				"{\"entries\": {" + v1 + ", \"2\": 1.5}}", "Versi entri indikator 2 harus bilangan bulat",
				"{\"entries\": {}}", "Pilih paling sedikit satu entri",
				"{\"entries\": [1, 2]}", "Kirim isian \"entries\"",
				"{}", "Kirim isian \"entries\"");
		for (Map.Entry<String, String> b : bad.entrySet()) {
			MockHttpServletResponse response = api(a, a.coordinatorName(), b.getKey());
			assertThat(response.getStatus()).as(b.getKey()).isEqualTo(400);
			assertThat(message(response)).as(b.getKey()).contains(b.getValue());
		}
		StringBuilder many = new StringBuilder("{\"entries\": {");
		for (int n = 1; n <= 48; n++) {
			many.append(n == 1 ? "" : ", ").append('"').append(n).append("\": 1");
		}
		MockHttpServletResponse tooMany = api(a, a.coordinatorName(), many + "}}");
		assertThat(tooMany.getStatus()).isEqualTo(400);
		assertThat(message(tooMany)).startsWith("Terlalu banyak entri: 48, sedangkan instrumen hanya memiliki 47 indikator");

		MockHttpServletResponse operator = api(a, a.operatorName(), "{\"entries\": {" + v1 + "}}");
		assertThat(operator.getStatus()).isEqualTo(403);
		assertThat(message(operator)).isEqualTo("Hanya koordinator instansi yang dapat melakukan ini.");
		MockHttpServletResponse admin = api(a, "admin", "{\"entries\": {" + v1 + "}}");
		assertThat(admin.getStatus()).isEqualTo(403);
		assertThat(message(admin)).isEqualTo("Hanya pengguna instansi yang dapat mengubah penilaian mandiri.");
		MockHttpServletResponse outsider = api(fixtures.newAgency("spbe-2020"), a.coordinatorName(), "{\"entries\": {" + v1 + "}}");
		assertThat(outsider.getStatus()).isEqualTo(404);
		assertThat(approved(a)).isEmpty();
		assertThat(audited(a)).isZero();

		// an assessor of the team, once the evaluation is submitted, and the coordinator then: refused
		Fixtures.InReview submitted = fixtures.submittedWithTeam("spbe-2020");
		MockHttpServletResponse assessor = api(submitted.agency(), submitted.team().leadName(), "{\"entries\": {\"1\": 0}}");
		assertThat(assessor.getStatus()).isEqualTo(403);
		assertThat(message(assessor)).isEqualTo("Hanya pengguna instansi yang dapat mengubah penilaian mandiri.");
		MockHttpServletResponse late = api(submitted.agency(), submitted.agency().coordinatorName(), "{\"entries\": {\"1\": 0}}");
		assertThat(late.getStatus()).isEqualTo(409);
		assertThat(message(late)).isEqualTo("Penilaian mandiri sudah dikirim; perubahan tidak lagi dapat disimpan.");
	}

	@Test
	void theOverviewOffersTheWaitingEntriesAndSaysWhichWereApproved() throws Exception {
		Fixtures.TestAgency a = filledIn();
		String overview = mvc.perform(get("/evaluations/{id}", a.evaluationId()).with(user(a.coordinator()))).andReturn()
				.getResponse().getContentAsString();
		assertThat(overview).contains("id=\"approvalsForm\"", "data-select-all=\".approve-tick\"", "/js/select-all.js")
				.contains("value=\"1:" + version(a, 1) + "\"", "value=\"4:" + version(a, 4) + "\"")
				// no level and justification yet: nothing to approve
				.doesNotContain("value=\"5:", "value=\"6:");
		assertThat(mvc.perform(get("/evaluations/{id}", a.evaluationId()).with(user(a.operator()))).andReturn().getResponse()
				.getContentAsString()).doesNotContain("approvalsForm", "approve-tick");

		long shown2 = version(a, 2);
		assessments.saveSelf(a.evaluationId(), 2, new Assessments.SelfEntry(new BigDecimal("2"), "Diubah", shown2),
				a.operator().getId());
		MvcResult done = mvc.perform(post("/evaluations/{id}/approvals", a.evaluationId()).param("entries", "1:" + version(a, 1))
				.param("entries", "2:" + shown2).param("entries", "4:" + version(a, 4)).with(user(a.coordinator())).with(csrf()))
				.andReturn();
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + a.evaluationId() + "#approvals");
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/evaluations/{id}", a.evaluationId()).flashAttrs(done.getFlashMap())
				.with(user(a.coordinator()))).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Disetujui: indikator 1, 4.", "Indikator 2 tidak disetujui: entrinya berubah sejak ditampilkan (versi "
				+ shown2 + ", kini versi " + version(a, 2) + ")");
		assertThat(approved(a)).containsExactly(1, 4);

		// a tick that is no "number:version", and no tick at all: nothing approved, the reason on the page
		MvcResult malformed = mvc.perform(post("/evaluations/{id}/approvals", a.evaluationId()).param("entries", "3:" + version(a, 3))
				.param("entries", "3;x").with(user(a.coordinator())).with(csrf())).andReturn();
		BindingResult errors = (BindingResult) malformed.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "approvalsForm");
		assertThat(errors.getFieldError("entries").getCode()).isEqualTo("approvals.error.entry");
		String shown = HtmlUtils.htmlUnescape(mvc.perform(get("/evaluations/{id}", a.evaluationId())
				.flashAttrs(malformed.getFlashMap()).with(user(a.coordinator()))).andReturn().getResponse().getContentAsString());
		assertThat(shown).contains("Pilihan \"3;x\" tidak dikenal (nomor:versi)");
		MvcResult none = mvc.perform(post("/evaluations/{id}/approvals", a.evaluationId()).with(user(a.coordinator())).with(csrf()))
				.andReturn();
		assertThat(((BindingResult) none.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "approvalsForm")).getGlobalError()
				.getCode()).isEqualTo("approvals.error.none");
		assertThat(approved(a)).containsExactly(1, 4);
	}
}
