package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.Transitions;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The htmx contract of the assessor's indicator page: a save sent with {@code HX-Request: true}
 * is answered 200 with its own block only (the stage block, or the evidence item's card), with
 * the confirmation and the time, or with the refusal and what was typed; without the header the
 * same save redirects as before. The CSRF token is taken from the header htmx sends.
 */
@IntegrationTest
class HtmxSaveTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ReviewService review;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Transitions transitions;

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		// htmx sends the token as the X-CSRF-TOKEN header (layout.html, js/htmx-csrf.js)
		return request.header("HX-Request", "true").with(csrf().asHeader());
	}

	private BigDecimal level(long id, int number, Stage stage) {
		return jdbc.query("select s.value from stage_score s join indicator_assessment a on a.id = s.assessment_id "
				+ "where a.evaluation_id = ? and a.indicator_number = ? and s.stage = ?",
				rs -> rs.next() ? rs.getBigDecimal(1) : null, id, number, stage.name());
	}

	/** The number of history entries the page shows now, as the stage form sends it. */
	private String seen(Fixtures.InReview c, int number) {
		return "" + review.history(c.team().lead(), c.id(), number).size();
	}

	private long changes(long id) {
		return jdbc.queryForObject("select count(*) from score_change c join indicator_assessment a on a.id = c.assessment_id "
				+ "where a.evaluation_id = ?", Long.class, id);
	}

	private static String text(MockHttpServletResponse response) throws Exception {
		return HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	@Test
	void aStageSaveByHtmxAnswersTheStageBlockAloneWithTheTimeSaved() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		MvcResult saved = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/3", c.id())).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 3)).param("level", "2").param("note", "SK belum ditandatangani.").with(user(c.team().lead())))
				.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		String block = text(saved.getResponse());
		assertThat(block.strip()).startsWith("<div id=\"stage-block\"").endsWith("</div>");
		assertThat(block).doesNotContain("<html", "navbar", "data-testid=\"agency-side\"", "data-testid=\"criteria\"")
				.containsPattern("data-testid=\"stage-saved\"[^>]*>Tersimpan \\d\\d:\\d\\d<")
				.contains("SK belum ditandatangani.", "hx-post=\"/evaluations/" + c.id() + "/review/indicators/3\"")
				// the form afresh: the history it was made with is the one now stored
				.contains("name=\"seen\" value=\"" + seen(c, 3) + "\"");
		assertThat(level(c.id(), 3, Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("2");
	}

	@Test
	void withoutTheHeaderTheSameSaveRedirectsAsBefore() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		MvcResult saved = mvc.perform(post("/evaluations/{id}/review/indicators/3", c.id()).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 3)).param("level", "4").param("note", "").with(user(c.team().lead())).with(csrf())).andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + c.id() + "/review/indicators/3");
		assertThat(saved.getFlashMap().get("success")).isEqualTo("Penilaian indikator 3 disimpan.");
		assertThat(level(c.id(), 3, Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("4");
		// the page: both forms name their htmx target, the criteria are open beside the form
		String page = mvc.perform(get("/evaluations/{id}/review/indicators/3", c.id()).with(user(c.team().lead()))).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("hx-target=\"#stage-block\" hx-swap=\"outerHTML\"", "<details open class=\"mb-3 small\" data-testid=\"criteria\">")
				.containsPattern("hx-post=\"/evaluations/" + c.id() + "/review/indicators/3/evidence/\\d+\"")
				.containsPattern("hx-target=\"#evidence-\\d+\" hx-swap=\"outerHTML\"")
				.contains("<meta name=\"csrf-header\" content=\"X-CSRF-TOKEN\">", "/js/htmx-csrf.js");
	}

	@Test
	void aRefusedHtmxSaveShowsTheErrorsBesideWhatWasTypedAndSavesNothing() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long before = changes(c.id());
		String seenBefore = seen(c, 4);
		MvcResult malformed = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/4", c.id())).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 4)).param("level", "tiga").param("note", "catatan yang saya ketik").with(user(c.team().lead())))
				.andReturn();
		assertThat(malformed.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(malformed.getResponse())).startsWith("<div id=\"stage-block\"")
				.contains("Bukan angka yang sah: \"tiga\"", ">catatan yang saya ketik</textarea>").doesNotContain("Tersimpan");

		// a colleague saved meanwhile: the conflict is shown, the typed text stays, the form now knows the new history
		review.saveStage(c.team().member(), c.id(), 4, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, new BigDecimal("1"),
				"dari rekan", null, null));
		long afterColleague = changes(c.id());
		MvcResult stale = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/4", c.id())).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seenBefore).param("level", "5").param("note", "catatan saya yang lain").with(user(c.team().lead())))
				.andReturn();
		String block = text(stale.getResponse());
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		assertThat(block).contains("Indikator 4 baru saja diubah oleh", ">catatan saya yang lain</textarea>", "dari rekan")
				.contains("name=\"seen\" value=\"" + seen(c, 4) + "\"").doesNotContain("Tersimpan");
		assertThat(level(c.id(), 4, Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("1");
		assertThat(changes(c.id())).isEqualTo(afterColleague);
	}

	@Test
	void saveAndNextByHtmxLoadsTheNextIndicatorAsAPage() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		MvcResult saved = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/5", c.id())).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 5)).param("level", "3").param("note", "").param("next", "1").with(user(c.team().lead())))
				.andReturn();
		assertThat(saved.getResponse().getStatus()).isEqualTo(200);
		assertThat(saved.getResponse().getHeader("HX-Redirect")).isEqualTo("/evaluations/" + c.id() + "/review/indicators/6");
		assertThat(saved.getFlashMap().get("success")).isEqualTo("Penilaian indikator 5 disimpan.");
		assertThat(level(c.id(), 5, Stage.DOCUMENT_REVIEW)).isEqualByComparingTo("3");
		// a refused save and next stays on its indicator with the refusal
		MvcResult refused = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/5", c.id())).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 5)).param("level", "9").param("note", "").param("next", "1").with(user(c.team().lead())))
				.andReturn();
		assertThat(refused.getResponse().getHeader("HX-Redirect")).isNull();
		assertThat(text(refused.getResponse())).startsWith("<div id=\"stage-block\"").contains("data-testid=\"form-errors\"");
		// without htmx, save and next redirects to the next indicator
		MvcResult plain = mvc.perform(post("/evaluations/{id}/review/indicators/6", c.id()).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 6)).param("level", "3").param("note", "").param("next", "1").with(user(c.team().lead())).with(csrf()))
				.andReturn();
		assertThat(plain.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + c.id() + "/review/indicators/7");
		// on Pemdi the indicators fed by a national index (5, 6, 7) are skipped: nothing to score there
		Fixtures.InReview p = fixtures.submittedWithTeam("pemdi-2026");
		transitions.move(p.team().lead(), p.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		MvcResult pemdi = mvc.perform(post("/evaluations/{id}/review/indicators/4", p.id()).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(p, 4)).param("level", "3").param("note", "").param("next", "1").with(user(p.team().lead())).with(csrf()))
				.andReturn();
		assertThat(pemdi.getResponse().getRedirectedUrl()).isEqualTo("/evaluations/" + p.id() + "/review/indicators/8");
	}

	@Test
	void anEvidenceJudgementByHtmxAnswersItsCardAlone() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long evidenceId = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, c.id());
		MvcResult judged = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/2/evidence/{e}", c.id(), evidenceId))
				.param("status", "NEEDS_REVISION").param("note", "belum ditandatangani").with(user(c.team().member()))).andReturn();
		assertThat(judged.getResponse().getStatus()).isEqualTo(200);
		String card = text(judged.getResponse());
		assertThat(card.strip()).startsWith("<div class=\"card mb-2\" id=\"evidence-" + evidenceId + "\"");
		assertThat(card).doesNotContain("<html", "stage-block").containsPattern("Tersimpan \\d\\d:\\d\\d")
				.contains("value=\"belum ditandatangani\"");
		assertThat(jdbc.queryForObject("select review_status from evidence_use u join indicator_assessment a on a.id = "
				+ "u.assessment_id where u.evidence_id = ? and a.indicator_number = 2", String.class, evidenceId))
				.isEqualTo("NEEDS_REVISION");

		MvcResult refused = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/2/evidence/{e}", c.id(), evidenceId))
				.param("status", "BOGUS").param("note", "catatan baru saya").with(user(c.team().member()))).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(text(refused.getResponse())).startsWith("<div class=\"card mb-2\" id=\"evidence-" + evidenceId + "\"")
				.contains("Pilihan tidak dikenal: \"BOGUS\"", "value=\"catatan baru saya\"").doesNotContain("Tersimpan");
		assertThat(jdbc.queryForObject("select review_note from evidence_use u join indicator_assessment a on a.id = "
				+ "u.assessment_id where u.evidence_id = ? and a.indicator_number = 2", String.class, evidenceId))
				.isEqualTo("belum ditandatangani");

		MvcResult plain = mvc.perform(post("/evaluations/{id}/review/indicators/2/evidence/{e}", c.id(), evidenceId)
				.param("status", "ACCEPTED").with(user(c.team().member())).with(csrf())).andReturn();
		assertThat(plain.getResponse().getRedirectedUrl())
				.isEqualTo("/evaluations/" + c.id() + "/review/indicators/2#evidence-" + evidenceId);
	}

	@Test
	void theAgencyGetsNoBlockOfTheReview() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long before = changes(c.id());
		MvcResult refused = mvc.perform(htmx(post("/evaluations/{id}/review/indicators/3", c.id())).param("stage", "DOCUMENT_REVIEW")
				.param("seen", seen(c, 3)).param("level", "5").param("note", "x").with(user(c.agency().coordinator()))).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(403);
		assertThat(text(refused.getResponse())).doesNotContain("stage-block");
		assertThat(changes(c.id())).isEqualTo(before);
	}
}
