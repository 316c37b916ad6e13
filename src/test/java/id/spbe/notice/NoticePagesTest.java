package id.spbe.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.Wib;
import id.spbe.evaluation.Transitions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every home page starts with the user's notices, each a link to where to act; an empty list says so. */
@IntegrationTest
class NoticePagesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	Clock clock;

	@Test
	void theAgencysHomeStartsWithTheClarificationAndItsDeadline() throws Exception {
		Fixtures.InReview c = fixtures.inDocumentReview();
		LocalDate deadline = Wib.today(clock).plusDays(4);
		transitions.requestClarification(c.team().lead(), c.id(),
				new Transitions.ClarificationRequest(List.of(3), "Lampirkan SK.", deadline));
		String page = home(c.agency().coordinatorName(), "id");
		String notices = page.substring(page.indexOf("data-testid=\"notices\""));
		assertThat(page.indexOf("data-testid=\"notices\"")).as("notices before the evaluation table")
				.isLessThan(page.indexOf("data-testid=\"evaluation-link\""));
		assertThat(notices).contains("Perlu tindakan Anda").contains("href=\"/evaluations/" + c.id() + "\"")
				.contains("Klarifikasi diminta (" + c.agency().evaluation().periodName() + "): lengkapi bukti indikator 3")
				.contains(deadline.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")) + " \u00b7 5 hari lagi")
				.contains("text-bg-secondary");
		assertThat(home(c.agency().coordinatorName(), "en")).contains("Needs your action").contains("5 days left");
		// the assessors' home lists what waits for them instead
		assertThat(home(c.team().leadName(), "id")).contains("data-testid=\"notices\"")
				.doesNotContain("Klarifikasi diminta");
	}

	@Test
	void nothingWaitingSaysSoOnEveryHome() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		assertThat(home(a.coordinatorName(), "id")).contains("data-testid=\"notices-none\"")
				.contains("Tidak ada yang menunggu Anda.");
		assertThat(home(a.operatorName(), "en")).contains("Nothing is waiting for you.");
		assertThat(home("admin", "id")).contains("data-testid=\"notices\"").contains("Perlu tindakan Anda");
	}

	private String home(String username, String language) throws Exception {
		var response = mvc.perform(get("/").param("lang", language).with(user(fixtures.login(username)))).andReturn()
				.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
