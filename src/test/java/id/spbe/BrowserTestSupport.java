package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the app on a random port and a headless Chromium driven by
 * Playwright (Debian's {@code /usr/bin/chromium} where present, otherwise Playwright's own).
 */
@ServerTest
public abstract class BrowserTestSupport {

	private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

	protected static Playwright playwright;
	protected static Browser browser;

	@LocalServerPort
	protected int port;

	/** Console messages of the test's pages that report a Content-Security-Policy violation. */
	private final List<String> cspViolations = Collections.synchronizedList(new ArrayList<>());

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
		// CI machines have two cores shared with the server under test: allow slow pages, not missing ones
		PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
	}

	@AfterAll
	static void close() {
		if (playwright != null) {
			playwright.close();
		}
	}

	/** The pages work under the Content-Security-Policy: nothing was refused. */
	@AfterEach
	void noCspViolations() {
		assertThat(cspViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
	}

	/** A page in a new browser context whose console is watched for CSP violations. */
	protected Page newPage() {
		BrowserContext context = browser.newContext();
		context.onConsoleMessage(message -> {
			if (message.text().contains("Content Security Policy")) {
				cspViolations.add(message.text());
			}
		});
		return context.newPage();
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A new browser context signed in as {@code username} (password demo), on the home page. */
	protected Page signIn(String username) {
		Page page = newPage();
		page.setDefaultTimeout(30_000);
		page.navigate(url("/login"));
		page.getByLabel("Nama pengguna").fill(username);
		page.getByLabel("Kata sandi").fill("demo");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Masuk")).click();
		page.waitForURL(url("/"));
		return page;
	}
}
