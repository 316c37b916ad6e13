package id.spbe.notice;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.spbe.BrowserTestSupport;
import id.spbe.Fixtures;
import id.spbe.common.Wib;
import id.spbe.evaluation.Transitions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In a real Chromium: after an assessor asked for a clarification (set up through the services),
 * the agency coordinator's home page starts with it, its deadline and days left, and its link
 * leads to the evaluation where the clarification is answered.
 */
class NoticesBrowserTest extends BrowserTestSupport {

	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	Clock clock;

	@Test
	void theAgencysHomeShowsTheClarificationWithItsDeadline() {
		Fixtures.InReview c = fixtures.inDocumentReview();
		LocalDate deadline = Wib.today(clock).plusDays(2);
		transitions.requestClarification(c.team().lead(), c.id(), new Transitions.ClarificationRequest(List.of(2, 4),
				"Lampirkan SK Tim Koordinasi yang sudah ditandatangani.", deadline));

		Page agency = signIn(c.agency().coordinatorName());
		Locator notice = agency.locator("[data-testid=notices] [data-testid=notice][data-kind=CLARIFICATION_OPEN]");
		assertThat(notice).hasCount(1);
		assertThat(notice).containsText("Klarifikasi diminta (" + c.agency().evaluation().periodName()
				+ "): lengkapi bukti indikator 2, 4");
		assertThat(notice.getByTestId("notice-deadline"))
				.hasText(deadline.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " \u00b7 3 hari lagi");
		// three days or fewer stand out
		assertThat(notice.getByTestId("notice-deadline")).hasClass(java.util.regex.Pattern.compile(".*text-bg-danger.*"));

		notice.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
		agency.waitForURL(url("/evaluations/" + c.id()));
		assertThat(agency.getByTestId("clarification-panel")).containsText("Lampirkan SK Tim Koordinasi");

		// the assessor's home has nothing of the agency's to do
		Page assessor = signIn(c.team().leadName());
		assertThat(assessor.getByTestId("notices")).isVisible();
		assertThat(assessor.locator("[data-testid=notice][data-kind=CLARIFICATION_OPEN]")).hasCount(0);
	}
}
