package id.spbe.selfassessment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.spbe.BrowserTestSupport;
import id.spbe.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium: the operator fills an indicator with a level, a justification and an
 * uploaded PDF; the coordinator approves it, sees the readiness page and submits.
 */
class SelfAssessmentBrowserTest extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;

	@Test
	void operatorFillsCoordinatorApprovesAndSubmits(@TempDir Path dir) throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 5);
		Path pdf = dir.resolve("Perwal Layanan Pusat Data.pdf");
		Files.write(pdf, TestFiles.pdf("Peraturan Wali Kota tentang Layanan Pusat Data"));

		Page operator = signIn(a.operatorName());
		operator.getByTestId("evaluation-link").click();
		operator.locator("[data-testid=indicator-row][data-number='5'] a").click();
		assertThat(operator.getByTestId("indicator-title")).containsText("Indikator 5.");
		operator.getByLabel("3 Terdefinisi").check();
		operator.getByLabel("Penjelasan").fill("Peraturan Wali Kota tentang layanan pusat data ditetapkan 2021 dan berlaku untuk seluruh perangkat daerah.");
		operator.getByTestId("save").click();
		assertThat(operator.getByTestId("flash-success")).containsText("Indikator 5 disimpan.");

		operator.getByTestId("upload-form").getByLabel("Berkas").setInputFiles(pdf);
		for (String level : new String[] { "1", "2", "3" }) {
			operator.getByTestId("upload-form").getByLabel(level, new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
		}
		operator.getByTestId("upload-form").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Unggah")).click();
		assertThat(operator.getByTestId("flash-success")).containsText("Perwal Layanan Pusat Data.pdf");
		assertThat(operator.getByTestId("evidence-item")).containsText("Mendukung level 1, 2, 3");

		Page coordinator = signIn(a.coordinatorName());
		coordinator.navigate(url("/evaluations/" + a.evaluationId() + "/readiness"));
		assertThat(coordinator.locator("[data-testid=blocked-row][data-number='5']")).containsText("Belum disetujui koordinator");
		assertThat(coordinator.getByTestId("submit")).isDisabled();
		coordinator.locator("[data-testid=blocked-row][data-number='5'] a").click();
		coordinator.getByTestId("approve").click();
		assertThat(coordinator.getByTestId("approval")).hasText("Disetujui koordinator");

		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Periode uji spbe-2020")).click();
		coordinator.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Periksa kesiapan")).click();
		assertThat(coordinator.getByTestId("ready")).isVisible();
		coordinator.getByLabel("Catatan pengiriman (opsional)").fill("Sudah diperiksa tim internal.");
		coordinator.onceDialog(dialog -> dialog.accept());
		coordinator.getByTestId("submit").click();

		assertThat(coordinator.getByTestId("evaluation-state")).hasText("Sudah dikirim");
		assertThat(coordinator.getByTestId("flash-success")).containsText("Penilaian mandiri telah dikirim");
		operator.reload();
		assertThat(operator.getByTestId("save")).isDisabled();
	}
}
