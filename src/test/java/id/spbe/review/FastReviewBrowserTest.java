package id.spbe.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.spbe.BrowserTestSupport;
import id.spbe.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real Chromium: the assessor saves a stage level and a note, and judges an evidence item,
 * without the page being loaded again (a marker set on the window survives, the scroll position
 * stays, what is typed in another form stays), sees the confirmation in the saved block, reads the
 * level criteria open beside the form, and "save and next" lands on the next indicator.
 */
class FastReviewBrowserTest extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;

	private static double scrollY(Page page) {
		return ((Number) page.evaluate("() => window.scrollY")).doubleValue();
	}

	private static Object marker(Page page) {
		return page.evaluate("() => window.notReloaded === undefined ? null : window.notReloaded");
	}

	@Test
	void theAssessorSavesWithoutAReloadAndMovesOnWithSaveAndNext() {
		Fixtures.InReview c = fixtures.inDocumentReview();
		long evidenceId = jdbc.queryForObject("select min(id) from evidence where evaluation_id = ?", Long.class, c.id());
		Page assessor = signIn(c.team().leadName());
		assessor.setViewportSize(1280, 600);
		assessor.navigate(url("/evaluations/" + c.id() + "/review/indicators/3"));

		// the criteria are open beside the form
		Locator criteria = assessor.getByTestId("criteria");
		org.assertj.core.api.Assertions.assertThat(criteria.getAttribute("open")).isNotNull();
		assertThat(criteria.locator(".list-group-item").first()).isVisible();

		assessor.evaluate("() => { window.notReloaded = 'yes'; }");
		// typed in another form (an evidence judgement) and not saved
		Locator evidenceNote = assessor.locator("#enote" + evidenceId);
		evidenceNote.fill("catatan bukti yang belum disimpan");

		Locator form = assessor.getByTestId("stage-form");
		form.getByLabel("Catatan").scrollIntoViewIfNeeded();
		assessor.evaluate("() => window.scrollBy(0, 40)");
		double before = scrollY(assessor);
		org.assertj.core.api.Assertions.assertThat(before).as("the page is scrolled").isGreaterThan(0);
		assessor.locator("#level2").check();
		form.getByLabel("Catatan").fill("Kebijakan ada, belum ditetapkan.");
		assessor.getByTestId("save-stage").click();

		assertThat(assessor.getByTestId("stage-saved")).containsText("Tersimpan");
		assertThat(assessor.locator("[data-testid=stage-table] tr[data-stage=DOCUMENT_REVIEW]")).containsText("2");
		assertThat(assessor.getByTestId("history")).containsText("Kebijakan ada, belum ditetapkan.");
		org.assertj.core.api.Assertions.assertThat(marker(assessor)).as("no navigation").isEqualTo("yes");
		// within a line: the swapped block itself may grow by its confirmation, which scroll anchoring absorbs
		org.assertj.core.api.Assertions.assertThat(scrollY(assessor)).as("scroll position").isCloseTo(before,
				org.assertj.core.data.Offset.offset(24.0));
		assertThat(evidenceNote).hasValue("catatan bukti yang belum disimpan");
		org.assertj.core.api.Assertions.assertThat(assessor.url()).endsWith("/review/indicators/3");

		// the swapped block saves again: a note alone
		assessor.getByTestId("stage-form").getByLabel("Catatan").fill("Catatan kedua tanpa memuat ulang.");
		assessor.getByTestId("save-stage").click();
		assertThat(assessor.getByTestId("history")).containsText("Catatan kedua tanpa memuat ulang.");
		org.assertj.core.api.Assertions.assertThat(marker(assessor)).as("no navigation").isEqualTo("yes");

		// the evidence judgement, with the note typed before, saved in its card
		Locator card = assessor.locator("#evidence-" + evidenceId);
		card.locator("#status" + evidenceId).selectOption("NEEDS_REVISION");
		card.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Simpan")).click();
		assertThat(assessor.getByTestId("evidence-saved")).containsText("Tersimpan");
		assertThat(assessor.locator("#enote" + evidenceId)).hasValue("catatan bukti yang belum disimpan");
		org.assertj.core.api.Assertions.assertThat(marker(assessor)).as("no navigation").isEqualTo("yes");

		// save and next: a full navigation to indicator 4, with the confirmation there
		assessor.locator("#level3").check();
		assessor.getByTestId("save-next").click();
		assessor.waitForURL(url("/evaluations/" + c.id() + "/review/indicators/4"));
		assertThat(assessor.getByTestId("indicator-title")).containsText("Indikator 4");
		assertThat(assessor.getByTestId("flash-success")).containsText("Penilaian indikator 3 disimpan");
		org.assertj.core.api.Assertions.assertThat(marker(assessor)).as("a new page").isNull();
		org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select s.value from stage_score s join indicator_assessment a "
				+ "on a.id = s.assessment_id where a.evaluation_id = ? and a.indicator_number = 3 and s.stage = 'DOCUMENT_REVIEW'",
				java.math.BigDecimal.class, c.id())).isEqualByComparingTo("3");
	}
}
