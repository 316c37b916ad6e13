package id.spbe.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real Chromium (Debian's {@code /usr/bin/chromium} where present): admin signs in, opens the
 * SPBE 2020 instrument, sees 47 indicators in 4 domains and 8 aspects, switches to English.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InstrumentBrowserTest {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	private static Playwright playwright;
	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launch() {
		boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
		playwright = Playwright.create(new Playwright.CreateOptions()
				.setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking"));
		if (system) {
			options.setExecutablePath(SYSTEM_CHROMIUM);
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void adminBrowsesTheSpbeInstrumentAndSwitchesToEnglish() {
		Page page = browser.newContext().newPage();
		page.navigate("http://localhost:" + port + "/");
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
