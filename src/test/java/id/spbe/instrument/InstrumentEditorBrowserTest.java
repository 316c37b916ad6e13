package id.spbe.instrument;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import id.spbe.BrowserTestSupport;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * In a real Chromium, the administrator prepares next year's SPBE instrument: copies SPBE 2020 to
 * a new draft, changes one criterion text, moves weight between two indicators of one aspect,
 * sees the validation pass, compares with the published version, publishes, and finds the new
 * version published in the list.
 */
class InstrumentEditorBrowserTest extends BrowserTestSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	private static final Pattern EDITOR = Pattern.compile(".*/admin/instruments/spbe-2020/versions/(\\d+)$");

	@Test
	void administratorCopiesEditsComparesAndPublishesSpbe2020() {
		Page page = signIn("admin");
		page.onDialog(dialog -> dialog.accept());
		page.getByTestId("manage-instruments").click();
		Locator published = page.locator("[data-testid=version-row][data-code='spbe-2020'][data-status='PUBLISHED']").first();
		String from = published.getAttribute("data-version");
		published.getByTestId("copy").click();

		page.waitForURL(EDITOR);
		Matcher url = EDITOR.matcher(page.url());
		assertThat(url.matches()).isTrue();
		String version = url.group(1);
		assertThat(page.getByTestId("flash-success")).containsText("versi " + version + " dibuat");
		assertThat(page.getByTestId("version-status")).hasText("Draf");
		assertThat(page.getByTestId("problems-none")).isVisible();

		// weight from indicator 2 to indicator 1, both in aspect A1: the aspect's sum stays 13
		page.getByTestId("tab-structure").click();
		weight(page, "1").fill("1,5");
		weight(page, "2").fill("1.1");
		page.getByTestId("save").click();
		assertThat(page.getByTestId("flash-success")).isVisible();
		assertThat(weight(page, "1")).hasValue("1.5");
		assertThat(weight(page, "2")).hasValue("1.1");
		assertThat(page.getByTestId("problems-none")).isVisible();

		// indicator 12, level 3: a new criterion text
		page.locator("[data-testid=indicator-row][data-number='12']").getByTestId("edit-indicator").click();
		assertThat(page.getByTestId("indicator-title")).containsText("Indikator 12");
		Locator criterion = page.locator("[data-testid=level][data-level='3'] textarea[name$='.criterionId']");
		String oldText = criterion.inputValue();
		criterion.fill("Kebijakan peta rencana SPBE ditetapkan dan berlaku di seluruh unit, ditinjau tiap tahun.");
		page.getByTestId("save").click();
		assertThat(page.getByTestId("flash-success")).isVisible();
		assertThat(page.locator("[data-testid=level][data-level='3'] textarea[name$='.criterionId']"))
				.hasValue("Kebijakan peta rencana SPBE ditetapkan dan berlaku di seluruh unit, ditinjau tiap tahun.");
		assertThat(page.getByTestId("problems-none")).isVisible();

		page.getByTestId("tab-compare").click();
		assertThat(page.getByTestId("compare-summary")).hasText("Versi " + from + " dibandingkan versi " + version + ": 3 perubahan.");
		assertThat(page.getByTestId("change")).hasCount(3);
		Locator changed = page.getByTestId("change").filter(new Locator.FilterOptions().setHasText("Indikator 12"));
		assertThat(changed.getByTestId("change-old")).hasText(oldText);
		assertThat(changed.getByTestId("change-new")).containsText("ditinjau tiap tahun");
		assertThat(page.getByTestId("change-old").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^1\\.3$"))))
				.hasCount(2);
		assertThat(page.getByTestId("change-new").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^1\\.5$"))))
				.hasCount(1);
		assertThat(page.getByTestId("change-new").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^1\\.1$"))))
				.hasCount(1);
		assertThat(page.getByTestId("publish-panel").getByTestId("problems-none")).isVisible();
		page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/instrument-compare.png")).setFullPage(true));

		page.getByTestId("publish-panel").getByTestId("publish").click();
		page.waitForURL(url("/admin/instruments"));
		assertThat(page.getByTestId("flash-success")).hasText("spbe-2020 versi " + version + " terbit.");
		Locator row = page.locator("[data-testid=version-row][data-code='spbe-2020'][data-version='" + version + "']");
		assertThat(row.getByTestId("version-status")).hasText("Terbit");

		// published: the editor shows it read-only
		row.getByRole(AriaRole.LINK).first().click();
		assertThat(page.getByTestId("read-only")).isVisible();
		assertThat(page.getByTestId("save")).isDisabled();

		// retired again, so that the browser tests after this one evaluate on version 1 as before
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nonaktifkan")).click();
		assertThat(page.locator("[data-testid=version-row][data-code='spbe-2020'][data-version='" + version + "']")
				.getByTestId("version-status")).hasText("Tidak berlaku");
		// a retired version is never deleted in the product; the tests that count versions must not see it
		jdbc.update("delete from instrument where code = 'spbe-2020' and version = ?", Integer.parseInt(version));
	}

	private static Locator weight(Page page, String number) {
		return page.locator("[data-testid=indicator-row][data-number='" + number + "'] input[name$='.weight']");
	}
}
