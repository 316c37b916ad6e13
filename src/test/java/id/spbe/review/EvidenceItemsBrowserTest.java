package id.spbe.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.spbe.BrowserTestSupport;
import id.spbe.Fixtures;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.selfassessment.TestFiles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium (issue 13): the operator tags a PDF with two items of levels 1 and 2 and the
 * coordinator sees readiness blocked for a level-3 item without evidence; the assessor judges the
 * items of one indicator without a page reload (no navigation, scroll position and typed text kept),
 * sends a level-1 item back and sees the level-2 items marked automatically.
 */
class EvidenceItemsBrowserTest extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	Transitions transitions;

	@Test
	void operatorTagsItemsAndReadinessAsksForTheLevelThreeItem(@TempDir Path dir) throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		assessments.saveSelf(a.evaluationId(), 4, new Assessments.SelfEntry(new BigDecimal("3"), "Tim dan SOP ada.", null),
				a.operator().getId());
		Path pdf = dir.resolve("SK Tim Pemdi.pdf");
		Files.write(pdf, TestFiles.pdf("Keputusan Wali Kota tentang Tim Koordinasi"));
		Page operator = signIn(a.operatorName());
		operator.navigate(url("/evaluations/" + a.evaluationId() + "/indicators/4"));
		Locator upload = operator.getByTestId("upload-form");
		upload.getByLabel("Berkas").setInputFiles(pdf);
		upload.locator("input[name=items][value='I4-L1-01']").check();
		upload.locator("input[name=items][value='I4-L2-01']").check();
		upload.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unggah")).click();
		assertThat(operator.getByTestId("flash-success")).containsText("SK Tim Pemdi.pdf");
		assertThat(operator.locator("[data-testid=agency-item][data-code='I4-L2-01']")).containsText("SK Tim Pemdi.pdf");
		assertThat(operator.locator("[data-testid=agency-item][data-code='I4-L3-01'] [data-testid=agency-item-missing]"))
				.isVisible();

		Page coordinator = signIn(a.coordinatorName());
		coordinator.navigate(url("/evaluations/" + a.evaluationId() + "/readiness"));
		assertThat(coordinator.locator("[data-testid=blocked-row][data-number='4']"))
				.containsText("Butir bukti level yang diklaim (3) belum punya bukti dukung: I4-L1-02");
		assertThat(coordinator.locator("[data-testid=blocked-row][data-number='4']")).containsText("I4-L3-01");
	}

	@Test
	void assessorJudgesAllItemsWithoutReloadAndSeesTheLevelBelowRule() {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		Page assessor = signIn(c.team().leadName());
		assessor.navigate(url("/evaluations/" + c.id() + "/review/indicators/4"));
		assessor.getByTestId("stage-form").getByLabel("Catatan").fill("catatan yang belum disimpan");
		Locator form = assessor.getByTestId("items-form");
		form.locator("[data-code='I4-L1-01'] [data-testid=item-status]").selectOption("NEEDS_REVISION");
		form.locator("[data-code='I4-L1-01'] [data-testid=item-reason]").selectOption("WRONG_DOCUMENT");
		form.locator("[data-code='I4-L1-02'] [data-testid=item-status]").selectOption("ACCEPTED");
		form.locator("[data-code='I4-L2-01'] [data-testid=item-status]").selectOption("ACCEPTED");
		form.getByTestId("save-items").scrollIntoViewIfNeeded();
		assessor.evaluate("window.__notReloaded = true");
		Object before = assessor.evaluate("window.scrollY");
		form.getByTestId("save-items").click();
		// the one form sends every item of the indicator (11 on indicator 4); the three changed are stored together
		assertThat(assessor.getByTestId("items-saved")).containsText("Penilaian 3 butir bukti disimpan.");
		org.assertj.core.api.Assertions.assertThat(assessor.evaluate("window.__notReloaded === true")).isEqualTo(true);
		// the page stays where it was: a reload would go back to the top or to the #items anchor, more
		// than a screen above the save button of an indicator with 11 items and their previews; the
		// browser's scroll anchoring moves the page by what the swapped block gained above the button
		// (the confirmation, the "level below" marks), so the reader keeps their place
		org.assertj.core.api.Assertions.assertThat(((Number) assessor.evaluate("window.scrollY")).doubleValue())
				.isGreaterThan(0).isCloseTo(((Number) before).doubleValue(), org.assertj.core.data.Offset.offset(400.0));
		assertThat(assessor.getByTestId("stage-form").getByLabel("Catatan")).hasValue("catatan yang belum disimpan");
		Locator l2 = assessor.locator("[data-code='I4-L2-01']");
		assertThat(l2.getByTestId("item-effective")).hasText("Perlu perbaikan");
		assertThat(l2.getByTestId("item-automatic")).hasText("Level di bawahnya belum diterima");
		assertThat(assessor.locator("[data-code='I4-L2-02'] [data-testid=item-automatic]")).isVisible();
		assertThat(assessor.locator("[data-code='I4-L1-02'] [data-testid=item-effective]")).hasText("Diterima");
		// the tally beside the value followed without a reload: level 2 has both items in revision
		assertThat(assessor.locator("[data-testid=tally-row][data-level='2']")).containsText("2");
		assertThat(assessor.locator("[data-testid=tally-row][data-level='1'] td").nth(2)).hasText("1");
		org.assertj.core.api.Assertions.assertThat(assessor.evaluate("window.__notReloaded === true")).isEqualTo(true);
	}
}
