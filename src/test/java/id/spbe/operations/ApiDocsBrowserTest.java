package id.spbe.operations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.spbe.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The API's browsable page in a real Chromium, under the page Content-Security-Policy: an
 * anonymous visitor is sent to sign in; signed in, the page loads the document and lists the
 * operations with their summaries, and the browser refuses nothing (BrowserTestSupport).
 */
class ApiDocsBrowserTest extends BrowserTestSupport {

	@Test
	void signedInUsersBrowseTheApiDescription() {
		Page anonymous = newPage();
		anonymous.navigate(url("/swagger-ui.html"));
		anonymous.waitForURL(url("/login"));
		anonymous.context().close();

		Page page = signIn("asesor");
		page.navigate(url("/swagger-ui.html"));
		// the first request builds the whole document: on a busy two-core machine that takes a while
		assertThat(page.locator(".swagger-ui .info .title")).containsText("Evaluasi SPBE & Pemdi API",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(90_000));
		assertThat(page.locator(".opblock-summary-path[data-path='/api/evaluations/{id}/submit']")).hasCount(1);
		assertThat(page.locator(".opblock-summary-description").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText("Submit the self-assessment (coordinator)")))
				.hasCount(1);
		page.context().close();
	}
}
