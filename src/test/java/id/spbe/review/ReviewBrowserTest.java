package id.spbe.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.spbe.BrowserTestSupport;
import id.spbe.Fixtures;
import id.spbe.selfassessment.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium, on an evaluation of its own (so the demo data stays as seeded): the lead
 * assessor opens a submitted Pemdi 2026 evaluation, sets a document-review level with a note,
 * sends one indicator back for clarification; the operator adds evidence; the assessor continues,
 * records an interview session (adding attendee rows in the page) with a note, sets the final levels and finalises; the agency then
 * sees it read-only with its final levels.
 */
class ReviewBrowserTest extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Test
	void assessorReviewsASubmittedEvaluationFromDocumentsToFinal(@TempDir Path dir) throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		String agencyName = c.agency().evaluation().agencyName();
		Page assessor = signIn(c.team().leadName());
		assessor.onDialog(dialog -> dialog.accept());
		Locator row = assessor.getByTestId("assigned-evaluation")
				.filter(new Locator.FilterOptions().setHasText(c.agency().evaluation().periodName()))
				.filter(new Locator.FilterOptions().setHasText(agencyName));
		assertThat(row).containsText("Sudah dikirim");
		// the row links the review (by the agency's name) and the instrument
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(agencyName)).click();
		Matcher m = Pattern.compile("/evaluations/(\\d+)/review").matcher(assessor.url());
		org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
		String id = m.group(1);
		org.assertj.core.api.Assertions.assertThat(id).isEqualTo("" + c.id());

		assessor.locator("[data-testid=action-START_DOCUMENT_REVIEW] button").click();
		assertThat(assessor.getByTestId("evaluation-state")).hasText("Penilaian dokumen");

		assessor.locator("[data-testid=review-row][data-number='1'] a").first().click();
		assertThat(assessor.getByTestId("agency-side")).containsText("Bukti uji");
		assessor.locator("#level").fill("2,5");
		assessor.getByTestId("stage-form").getByLabel("Catatan").fill("Perbup ditetapkan, belum memuat seluruh materi.");
		assessor.getByTestId("save-stage").click();
		// saved without a reload: the stage block says so (FastReviewBrowserTest checks that nothing else moved)
		assertThat(assessor.getByTestId("stage-saved")).containsText("Tersimpan");
		assertThat(assessor.locator("[data-testid=stage-table] tr[data-stage=DOCUMENT_REVIEW]")).containsText("2,5");
		assertThat(assessor.getByTestId("history")).containsText("Perbup ditetapkan");

		assessor.navigate(url("/evaluations/" + id + "/review"));
		assessor.getByLabel("Minta klarifikasi indikator 2", new Page.GetByLabelOptions().setExact(true)).check();
		assessor.getByLabel("Pesan untuk instansi").fill("Lampirkan SK Tim Koordinasi yang sudah ditandatangani.");
		assessor.getByTestId("send-clarification").click();
		assertThat(assessor.getByTestId("evaluation-state")).hasText("Klarifikasi (penilaian dokumen)");
		// the badge stands apart from the indicator's name, on screen and for screen readers
		assertThat(assessor.locator("[data-testid=review-row][data-number='2'] td").nth(1)).hasText(
				java.util.regex.Pattern.compile("\\S\\s+Klarifikasi$"));

		Path pdf = dir.resolve("SK Tim Koordinasi.pdf");
		Files.write(pdf, TestFiles.pdf("Keputusan Bupati tentang Tim Koordinasi SPBE"));
		Page operator = signIn(c.agency().operatorName());
		operator.navigate(url("/evaluations/" + id));
		assertThat(operator.getByTestId("clarification-panel")).containsText("Lampirkan SK Tim Koordinasi");
		operator.navigate(url("/evaluations/" + id + "/indicators/2"));
		assertThat(operator.getByTestId("clarification-banner")).isVisible();
		operator.getByTestId("upload-form").getByLabel("Berkas").setInputFiles(pdf);
		operator.getByTestId("upload-form").locator("input[name=items][value='I2-L1-01']").check();
		operator.getByTestId("upload-form").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unggah")).click();
		assertThat(operator.getByTestId("flash-success")).containsText("SK Tim Koordinasi.pdf");

		assessor.navigate(url("/evaluations/" + id + "/review/indicators/2"));
		assertThat(assessor.getByTestId("agency-side")).containsText("SK Tim Koordinasi.pdf");
		assessor.navigate(url("/evaluations/" + id + "/review"));
		assessor.locator("[data-testid=action-RESUME] button").click();
		assertThat(assessor.getByTestId("evaluation-state")).hasText("Penilaian dokumen");
		assessor.locator("[data-testid=action-START_INTERVIEW] button").click();
		assertThat(assessor.getByTestId("evaluation-state")).hasText("Penilaian interviu");

		assessor.getByTestId("new-session").click();
		assessor.getByLabel("Media").fill("Zoom Meeting");
		assessor.getByLabel("Tempat", new Page.GetByLabelOptions().setExact(true)).fill("Ruang Rapat Diskominfo");
		Locator agencySide = assessor.getByTestId("attendees-agency");
		agencySide.getByLabel("Nama peserta 1", new Locator.GetByLabelOptions().setExact(true)).fill("Yusuf Ramadhan");
		agencySide.getByLabel("Jabatan peserta 1", new Locator.GetByLabelOptions().setExact(true)).fill("Kepala Diskominfo");
		// rows are added in the page, without saving first, and keep what is already typed
		assertThat(agencySide.getByTestId("attendee-row")).hasCount(3);
		assessor.getByTestId("add-agency").click();
		assessor.getByTestId("add-agency").click();
		assertThat(agencySide.getByTestId("attendee-row")).hasCount(5);
		agencySide.getByLabel("Nama peserta 5", new Locator.GetByLabelOptions().setExact(true)).fill("Dewi Lestari");
		agencySide.getByLabel("NIP peserta 5", new Locator.GetByLabelOptions().setExact(true)).fill("19820315 200604 2 002");
		assertThat(agencySide.getByLabel("Nama peserta 1", new Locator.GetByLabelOptions().setExact(true))).hasValue("Yusuf Ramadhan");
		assessor.getByLabel("Temuan umum").fill("Tim koordinasi sudah ditetapkan.");
		assessor.getByTestId("save-session").click();
		assertThat(assessor.getByTestId("flash-success")).containsText("Sesi interviu dicatat");
		assertThat(agencySide.getByLabel("Nama peserta 2", new Locator.GetByLabelOptions().setExact(true))).hasValue("Dewi Lestari");
		assertThat(agencySide.getByLabel("NIP peserta 2", new Locator.GetByLabelOptions().setExact(true))).hasValue("198203152006042002");
		assessor.locator("#number").selectOption("1");
		assessor.getByLabel("Level interviu").fill("3");
		assessor.getByLabel("Catatan interviu").fill("Perbup sudah diterapkan di seluruh perangkat daerah.");
		assessor.getByTestId("add-note").click();
		assertThat(assessor.getByTestId("session-note")).containsText("Perbup sudah diterapkan");
		assertThat(assessor.getByTestId("minutes")).isVisible();

		assessor.navigate(url("/evaluations/" + id + "/review"));
		assessor.locator("[data-testid=action-START_FINAL_REVIEW] button").click();
		assertThat(assessor.getByTestId("evaluation-state")).hasText("Penilaian akhir");
		assessor.locator("[data-testid=review-row][data-number='1'] a").first().click();
		assessor.locator("#level").fill("3");
		assessor.getByLabel("Rekomendasi").fill("Lakukan reviu berkala Perbup SPBE.");
		assessor.getByTestId("save-stage").click();
		assertThat(assessor.getByTestId("stage-saved")).isVisible();
		assessor.navigate(url("/evaluations/" + id + "/review"));
		assessor.getByTestId("carry-over").click();
		// 20 indicators: the one scored above and the four fed by a national index are not carried over
		assertThat(assessor.getByTestId("flash-success")).containsText("15 indikator");
		assessor.locator("[data-testid=action-FINALISE] button").click();
		assertThat(assessor.getByTestId("evaluation-state")).hasText("Selesai (final)");

		Page coordinator = signIn(c.agency().coordinatorName());
		coordinator.navigate(url("/evaluations/" + id));
		assertThat(coordinator.getByTestId("evaluation-state")).hasText("Selesai (final)");
		assertThat(coordinator.locator("[data-testid=indicator-row][data-number='1'] [data-testid=final-level]")).hasText("3");
		coordinator.navigate(url("/evaluations/" + id + "/indicators/1"));
		assertThat(coordinator.getByTestId("final-result")).containsText("Lakukan reviu berkala Perbup SPBE.");
		assertThat(coordinator.getByTestId("save")).isDisabled();
		assertThat(coordinator.getByTestId("upload-form")).hasCount(0);
		coordinator.getByTestId("tab-review").click();
		assertThat(coordinator.getByTestId("review-row")).hasCount(20);
		assertThat(coordinator.getByTestId("carry-over")).hasCount(0);
	}

}
