package id.spbe.results;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.spbe.BrowserTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * In a real Chromium, on the demo data: the coordinator of Bangka Tengah opens the results of its
 * finalised 2021 evaluation, sees the chart and the index, runs the what-if for one indicator and
 * downloads the PDF report.
 */
class ResultsBrowserTest extends BrowserTestSupport {

	@Test
	void coordinatorSeesResultsRunsWhatIfAndDownloadsTheReport() throws Exception {
		Page page = signIn("koordinator2");
		page.getByTestId("evaluation-link").filter(new Locator.FilterOptions().setHasText("Evaluasi SPBE 2021")).click();
		page.getByTestId("tab-results").click();

		assertThat(page.getByTestId("stage-card-FINAL").getByTestId("stage-index")).hasText(java.util.regex.Pattern.compile("\\d,\\d\\d"));
		assertThat(page.getByTestId("stage-card-FINAL").getByTestId("stage-predikat")).isVisible();
		assertThat(page.getByTestId("stage-card-SITE_VISIT").getByTestId("stage-incomplete")).containsText("Tidak ada level pada tahap ini");
		assertThat(page.getByTestId("results-chart")).isVisible();
		// Chart.js drew on the canvas: it sizes it and marks it as rendered
		page.waitForFunction("() => window.Chart && Chart.getChart(document.getElementById('resultsChart')) !== undefined");
		String before = page.getByTestId("stage-card-FINAL").getByTestId("stage-index").textContent();

		Locator top = page.getByTestId("gain-row").first();
		String number = top.getAttribute("data-number");
		String gain = top.getByTestId("gain").textContent();
		top.locator("input").fill("5");
		page.getByTestId("simulate").click();
		assertThat(page.getByTestId("simulation-result")).containsText("Dengan target ini indeksnya");
		assertThat(page.locator("[data-testid=gain-row][data-number='" + number + "'] input")).hasValue("5");
		org.assertj.core.api.Assertions.assertThat(gain).startsWith("+0,");
		org.assertj.core.api.Assertions.assertThat(page.getByTestId("simulation-result").textContent()).doesNotContain(before + " (");

		Download download = page.waitForDownload(() -> page.getByTestId("download-pdf").click());
		Path pdf = download.path();
		byte[] bytes = Files.readAllBytes(pdf);
		org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 5)).isEqualTo("%PDF-");
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
	}
}
