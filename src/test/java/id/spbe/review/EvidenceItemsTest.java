package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.selfassessment.TestFiles;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Evidence items as the ministry judges them (issue 13): tagging evidence with the indicator's
 * item codes on pages and API, readiness by items, all items of an indicator judged in one
 * request (all or nothing), the automatic "level below not accepted" rule, tally and hint, and
 * the htmx answer of the assessors' page.
 */
@IntegrationTest
class EvidenceItemsTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	Transitions transitions;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	java.time.Clock clock;

	@Test
	void evidenceIsTaggedWithItemsOnPageAndApiAndTheLevelsFollow() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		mvc.perform(multipart("/evaluations/{id}/indicators/4/evidence/file", a.evaluationId())
				.file(new MockMultipartFile("file", "sk-tim.pdf", "application/pdf", TestFiles.pdf("SK tim")))
				.param("items", "I4-L2-01", "I4-L1-01").with(user(a.operator())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("select u.supported_levels, u.item_codes from evidence_use u join evidence e "
				+ "on e.id = u.evidence_id where e.evaluation_id = ? and e.title = 'sk-tim.pdf'", a.evaluationId()))
				.containsEntry("supported_levels", "1,2").containsEntry("item_codes", "I4-L1-01,I4-L2-01");
		mvc.perform(post("/api/evaluations/{id}/indicators/4/evidence", a.evaluationId())
				.with(httpBasic(a.operatorName(), "demo")).contentType("application/json")
				.content("{\"url\": \"https://x.go.id/sop\", \"accessedOn\": \"2021-07-01\", \"items\": [\"I4-L3-01\"]}"))
				.andExpect(status().isCreated());
		mvc.perform(multipart("/api/evaluations/{id}/indicators/4/evidence", a.evaluationId())
				.file(new MockMultipartFile("file", "laporan.pdf", "application/pdf", TestFiles.pdf("laporan")))
				.param("items", "I4-L4-01").with(httpBasic(a.operatorName(), "demo")))
				.andExpect(status().isCreated());
		mvc.perform(get("/api/evaluations/{id}", a.evaluationId()).with(httpBasic(a.operatorName(), "demo")))
				.andExpect(content().string(Matchers.containsString("\"items\":[\"I4-L3-01\"]")))
				.andExpect(content().string(Matchers.containsString("\"items\":[\"I4-L4-01\"]")));
	}

	@Test
	void anItemCodeThatIsNotTheIndicatorsIsRefusedInTheUsersLanguageAndNothingIsStored() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		mvc.perform(post("/api/evaluations/{id}/indicators/4/evidence", a.evaluationId())
				.with(httpBasic(a.operatorName(), "demo")).header("Accept-Language", "en")
				.contentType("application/json")
				.content("{\"url\": \"https://x.go.id\", \"accessedOn\": \"2021-07-01\", \"items\": [\"I4-L1-01\", \"I3-L1-01\"]}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value("Evidence item I3-L1-01 does not exist for indicator 4."));
		MvcResult page = mvc.perform(post("/evaluations/{id}/indicators/4/evidence/link", a.evaluationId())
				.param("url", "https://x.go.id/a").param("accessedOn", "2021-07-01").param("items", "I9-L1-01")
				.param("title", "judul yang diketik").with(user(a.operator())).with(csrf())).andReturn();
		assertThat(page.getResponse().getRedirectedUrl()).endsWith("#link");
		String shown = mvc.perform(get(page.getResponse().getRedirectedUrl().replaceAll("#.*", ""))
				.flashAttrs(page.getFlashMap()).with(user(a.operator()))).andReturn().getResponse().getContentAsString();
		assertThat(shown).contains("Butir bukti I9-L1-01 tidak ada pada indikator 4.", "judul yang diketik");
		assertThat(evidenceCount(a)).isZero();
	}

	@Test
	void readinessBlocksWhileAnItemOfAClaimedLevelHasNoEvidenceButNotForNationalIndexIndicators() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		assessments.saveSelf(a.evaluationId(), 4, new Assessments.SelfEntry(new BigDecimal("3"), "Ada SK.", null),
				a.operator().getId());
		mvc.perform(post("/api/evaluations/{id}/indicators/4/evidence", a.evaluationId())
				.with(httpBasic(a.operatorName(), "demo")).contentType("application/json")
				.content("{\"url\": \"https://x.go.id\", \"accessedOn\": \"2021-07-01\", "
						+ "\"items\": [\"I4-L1-01\", \"I4-L1-02\", \"I4-L1-03\", \"I4-L2-01\", \"I4-L2-02\"]}"))
				.andExpect(status().isCreated());
		mvc.perform(get("/evaluations/{id}/readiness", a.evaluationId()).with(user(a.coordinator())))
				.andExpect(content().string(Matchers.containsString(
						"Butir bukti level yang diklaim (3) belum punya bukti dukung: I4-L3-01, I4-L3-02")));
		assertThat(blockers(a, 4)).contains("NO_EVIDENCE_FOR_ITEM").doesNotContain("NO_EVIDENCE_FOR_LEVEL");
		long link = jdbc.queryForObject("select id from evidence where evaluation_id = ?", Long.class, a.evaluationId());
		mvc.perform(post("/evaluations/{id}/indicators/4/evidence/reuse", a.evaluationId()).param("evidenceId", "" + link)
				.param("items", "I4-L1-01", "I4-L1-02", "I4-L1-03", "I4-L2-01", "I4-L2-02", "I4-L3-01", "I4-L3-02")
				.with(user(a.operator())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(blockers(a, 4)).doesNotContain("NO_EVIDENCE_FOR_ITEM");
		// indicator 5 is fed by a national index: nothing of it blocks, its items included
		assessments.saveSelf(a.evaluationId(), 5, new Assessments.SelfEntry(new BigDecimal("2"), "SDI.", null),
				a.operator().getId());
		assertThat(blockers(a, 5)).isEmpty();
	}

	@Test
	void itemsAreJudgedTogetherAndTheLevelBelowRuleFollows() throws Exception {
		Fixtures.InReview c = inReview();
		String login = c.team().memberName();
		mvc.perform(put("/api/evaluations/{id}/indicators/4/items", c.id()).with(httpBasic(login, "demo"))
				.contentType("application/json").content("""
						{"I4-L1-01": {"status": "NEEDS_REVISION", "reason": "WRONG_DOCUMENT", "note": "SK kedaluwarsa"},
						 "I4-L1-02": {"status": "ACCEPTED"},
						 "I4-L2-01": {"status": "ACCEPTED", "note": "lengkap"}}"""))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$['I4-L1-01'].status").value("NEEDS_REVISION"))
				.andExpect(jsonPath("$['I4-L1-01'].reason").value("WRONG_DOCUMENT"))
				.andExpect(jsonPath("$['I4-L1-01'].effectiveStatus").value("NEEDS_REVISION"))
				.andExpect(jsonPath("$['I4-L2-01'].status").value("ACCEPTED"))
				.andExpect(jsonPath("$['I4-L2-01'].effectiveStatus").value("NEEDS_REVISION"))
				.andExpect(jsonPath("$['I4-L2-01'].effectiveReason").value("LEVEL_BELOW"))
				.andExpect(jsonPath("$['I4-L3-01'].effectiveReason").value("LEVEL_BELOW"))
				.andExpect(jsonPath("$['I4-L2-01'].evidence[0]").isNumber());
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'EVIDENCE_ITEMS_JUDGED' "
				+ "and object_id = ?", Long.class, String.valueOf(c.id()))).isEqualTo(1);
		// accepting the level-1 item returns the level-2 item to its own judgement
		mvc.perform(put("/api/evaluations/{id}/indicators/4/items", c.id()).with(httpBasic(login, "demo"))
				.contentType("application/json").content("{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}}"))
				.andExpect(jsonPath("$['I4-L1-01'].reason").isEmpty())
				.andExpect(jsonPath("$['I4-L2-01'].effectiveStatus").value("ACCEPTED"))
				.andExpect(jsonPath("$['I4-L3-01'].effectiveStatus").value("PENDING"));
		mvc.perform(get("/evaluations/{id}/review/indicators/4", c.id()).with(user(c.team().lead())))
				.andExpect(content().string(Matchers.containsString("data-testid=\"item-tally\"")))
				.andExpect(content().string(Matchers.containsString("Petunjuk: belum ada level yang semua butirnya diterima.")));
	}

	@Test
	void oneBadJudgementRefusesTheWholeRequestWithAMessageNamingIt() throws Exception {
		Fixtures.InReview c = inReview();
		String login = c.team().memberName();
		Map<String, String> bad = Map.of(
				"{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}, \"I3-L1-01\": {\"status\": \"ACCEPTED\"}}",
				"Evidence item I3-L1-01 does not exist for indicator 4.",
				"{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}, \"I4-L1-02\": {\"status\": \"DONE\"}}",
				"Unknown status \"DONE\" for item I4-L1-02 (ACCEPTED, NEEDS_REVISION, PENDING).",
				"{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}, \"I4-L1-02\": {\"status\": \"NEEDS_REVISION\", \"reason\": \"LATE\"}}",
				"Unknown reason \"LATE\" for item I4-L1-02 (WRONG_DOCUMENT, NOT_UPLOADED, OTHER).",
				"{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}, \"I4-L1-02\": {\"status\": \"NEEDS_REVISION\", \"reason\": \"LEVEL_BELOW\"}}",
				"Unknown reason \"LEVEL_BELOW\" for item I4-L1-02 (WRONG_DOCUMENT, NOT_UPLOADED, OTHER).",
				"{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}, \"I4-L1-02\": {\"status\": \"ACCEPTED\", \"note\": \"" + "x".repeat(5001) + "\"}}",
				"The note of item I4-L1-02 is too long (at most 5,000 characters).",
				"{}", "Choose an evidence item.");
		for (Map.Entry<String, String> e : bad.entrySet()) {
			mvc.perform(put("/api/evaluations/{id}/indicators/4/items", c.id()).with(httpBasic(login, "demo"))
					.header("Accept-Language", "en").contentType("application/json").content(e.getKey()))
					.andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(e.getValue()));
		}
		assertThat(itemReviews(c)).isZero();
		// the agency may not judge, and an assessor of another team may not even see it
		mvc.perform(put("/api/evaluations/{id}/indicators/4/items", c.id())
				.with(httpBasic(c.agency().coordinatorName(), "demo")).contentType("application/json")
				.content("{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}}")).andExpect(status().isForbidden());
		Fixtures.InReview other = inReview();
		mvc.perform(put("/api/evaluations/{id}/indicators/4/items", c.id()).with(httpBasic(other.team().leadName(), "demo"))
				.contentType("application/json").content("{\"I4-L1-01\": {\"status\": \"ACCEPTED\"}}"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/evaluations/{id}/indicators/4/items", c.id()).with(httpBasic(other.team().leadName(), "demo")))
				.andExpect(status().isNotFound());
		assertThat(itemReviews(c)).isZero();
		// an indicator fed by a national index (I5, SDI) is judged by nobody, its items included
		mvc.perform(put("/api/evaluations/{id}/indicators/5/items", c.id()).with(httpBasic(login, "demo"))
				.contentType("application/json").content("{\"I5-L1-01\": {\"status\": \"ACCEPTED\"}}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Indikator 5 tidak dinilai")));
		assertThat(itemReviews(c)).isZero();
	}

	@Test
	void aSaveFromAStalePageLeavesTheItemsAColleagueJudgedMeanwhile() throws Exception {
		Fixtures.InReview c = inReview();
		// both assessors opened the page while nothing was judged: every row shows PENDING, no reason, no note
		mvc.perform(post("/evaluations/{id}/review/indicators/4/items", c.id())
				.param("rows[0].code", "I4-L1-01").param("rows[0].status", "NEEDS_REVISION").param("rows[0].reason", "NOT_UPLOADED")
				.param("rows[0].shown", "PENDING||").param("rows[1].code", "I4-L1-02").param("rows[1].status", "PENDING")
				.param("rows[1].shown", "PENDING||").with(user(c.team().lead())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		// the colleague's stale page sends I4-L1-01 as it showed it and changes only I4-L1-02
		mvc.perform(post("/evaluations/{id}/review/indicators/4/items", c.id())
				.param("rows[0].code", "I4-L1-01").param("rows[0].status", "PENDING").param("rows[0].shown", "PENDING||")
				.param("rows[1].code", "I4-L1-02").param("rows[1].status", "ACCEPTED").param("rows[1].shown", "PENDING||")
				.with(user(c.team().member())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(itemStatus(c, "I4-L1-01")).isEqualTo("NEEDS_REVISION");
		assertThat(itemStatus(c, "I4-L1-02")).isEqualTo("ACCEPTED");
	}

	private String itemStatus(Fixtures.InReview c, String code) {
		return jdbc.queryForObject("select r.status from evidence_item_review r join indicator_assessment a "
				+ "on a.id = r.assessment_id where a.evaluation_id = ? and r.item_code = ?", String.class, c.id(), code);
	}

	@Test
	void thePageSavesAllItemsWithHtmxAnsweringOnlyTheItemsBlockAndTheTally() throws Exception {
		Fixtures.InReview c = inReview();
		String block = mvc.perform(post("/evaluations/{id}/review/indicators/4/items", c.id()).header("HX-Request", "true")
				.param("rows[0].code", "I4-L1-01").param("rows[0].status", "NEEDS_REVISION").param("rows[0].reason", "NOT_UPLOADED")
				.param("rows[1].code", "I4-L2-01").param("rows[1].status", "ACCEPTED")
				.with(user(c.team().member())).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(block).startsWith("<section").contains("id=\"items\"", "Penilaian 2 butir bukti disimpan.",
				"hx-swap-oob=\"true\"", "Level di bawahnya belum diterima").doesNotContain("<html", "<nav");
		assertThat(itemReviews(c)).isEqualTo(2);
		// a bad row comes back in the block with its error and every row as typed; nothing stored
		String refused = mvc.perform(post("/evaluations/{id}/review/indicators/4/items", c.id()).header("HX-Request", "true")
				.param("rows[0].code", "I4-L1-01").param("rows[0].status", "ACCEPTED").param("rows[0].note", "catatan diketik")
				.param("rows[1].code", "I4-L2-01").param("rows[1].status", "BOGUS")
				.with(user(c.team().member())).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("catatan diketik", "data-testid=\"field-error\"").doesNotContain("<html");
		assertThat(jdbc.queryForObject("select r.status from evidence_item_review r join indicator_assessment a "
				+ "on a.id = r.assessment_id where a.evaluation_id = ? and r.item_code = 'I4-L1-01'", String.class, c.id()))
				.isEqualTo("NEEDS_REVISION");
		// without htmx the same form redirects as every page form does
		mvc.perform(post("/evaluations/{id}/review/indicators/4/items", c.id())
				.param("rows[0].code", "I4-L1-01").param("rows[0].status", "ACCEPTED")
				.with(user(c.team().member())).with(csrf()))
				.andExpect(status().is3xxRedirection());
	}

	@Test
	void theAgencySeesItemsWithTheirFilesAndTheJudgementsOnlyOnceShownToIt() throws Exception {
		Fixtures.InReview c = inReview();
		mvc.perform(put("/api/evaluations/{id}/indicators/4/items", c.id()).with(httpBasic(c.team().memberName(), "demo"))
				.contentType("application/json")
				.content("{\"I4-L1-01\": {\"status\": \"NEEDS_REVISION\", \"reason\": \"NOT_UPLOADED\", \"note\": \"unggah SK\"}}"))
				.andExpect(status().isOk());
		String page = mvc.perform(get("/evaluations/{id}/indicators/4", c.id()).with(user(c.agency().coordinator())))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("data-testid=\"agency-item\"", "I4-L1-01", "data-testid=\"agency-item-evidence\"", "Bukti uji")
				.doesNotContain("data-testid=\"agency-item-status\"", "unggah SK");
		transitions.requestClarification(c.team().lead(), c.id(), new Transitions.ClarificationRequest(List.of(4),
				"perbaiki", id.spbe.common.Wib.today(clock).plusDays(7)));
		mvc.perform(get("/evaluations/{id}/indicators/4", c.id()).with(user(c.agency().coordinator())))
				.andExpect(content().string(Matchers.containsString("data-testid=\"agency-item-status\"")))
				.andExpect(content().string(Matchers.containsString("unggah SK")))
				.andExpect(content().string(Matchers.containsString("Tidak diunggah")));
	}

	private Fixtures.InReview inReview() {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		return c;
	}

	private long itemReviews(Fixtures.InReview c) {
		return jdbc.queryForObject("select count(*) from evidence_item_review r join indicator_assessment a "
				+ "on a.id = r.assessment_id where a.evaluation_id = ?", Long.class, c.id());
	}

	private long evidenceCount(Fixtures.TestAgency a) {
		return jdbc.queryForObject("select count(*) from evidence where evaluation_id = ?", Long.class, a.evaluationId());
	}

	private List<Object> blockers(Fixtures.TestAgency a, int number) throws Exception {
		String json = mvc.perform(get("/api/evaluations/{id}", a.evaluationId())
				.with(httpBasic(a.operatorName(), "demo"))).andReturn().getResponse().getContentAsString();
		return com.jayway.jsonpath.JsonPath.read(json, "$.indicators[?(@.number == " + number + ")].blockers[*]");
	}
}
