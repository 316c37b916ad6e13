package id.spbe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.spbe.BrowserTestSupport;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * In a real Chromium: admin signs in, opens the SPBE 2020 instrument, sees 47 indicators in 4
 * domains and 8 aspects, switches to English.
 */
class InstrumentBrowserTest extends BrowserTestSupport {

	@Test
	void adminBrowsesTheSpbeInstrumentAndSwitchesToEnglish() {
		Page page = newPage();
		page.navigate(url("/"));
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));

		page.getByLabel("Nama pengguna").fill("admin");
		page.getByLabel("Kata sandi").fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Administrasi evaluasi"))).isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Instrumen").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluasi SPBE").setExact(true)).click();

		assertThat(page.getByTestId("instrument-title")).hasText("Evaluasi SPBE");
		assertThat(page.getByTestId("domain")).hasCount(4);
		assertThat(page.getByTestId("aspect")).hasCount(8);
		assertThat(page.getByTestId("indicator")).hasCount(47);
		assertThat(page.getByTestId("instrument-summary")).hasText("4 domain, 8 aspek, 47 indikator");

		page.locator("[data-testid=indicator][data-number='12'] summary").click();
		assertThat(page.locator("[data-testid=indicator][data-number='12'] [data-testid=criterion]")).hasCount(5);
		assertThat(page.locator("[data-testid=indicator][data-number='12']")).containsText("Terdefinisi");

		page.getByTestId("lang-en").click();

		assertThat(page.getByTestId("instrument-title")).hasText("SPBE Evaluation");
		assertThat(page.getByTestId("instrument-summary")).hasText("4 domains, 8 aspects, 47 indicators");
		assertThat(page.getByTestId("domain").first()).containsText("Internal SPBE Policy");
		assertThat(page.locator("#nav").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
				.setName("Instruments").setExact(true))).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/instrument-spbe-2020-en.png")).setFullPage(false));
	}
}
