package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evidence.EvidenceService;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The agency's indicator page lists an indicator's evidence 10 items a page: every item on exactly
 * one page, a page number that is not one shows the first or the last page, an action sent from a
 * page comes back to it, and a refused action shows the page of the item it was about, with its
 * message. Under the levels' criteria an evidence item lists at most 5 answering evidence items.
 */
@IntegrationTest
class EvidencePagingTest {

	private static final Pattern TITLE = Pattern.compile("data-testid=\"evidence-item\"[^>]*>\\s*<div[^>]*>\\s*<div>\\s*<strong>([^<]+)</strong>");
	private static final Pattern REMOVE = Pattern.compile("/evidence/(\\d+)/remove");

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceService evidence;

	@Test
	void everyItemIsOnExactlyOnePageAndActionsComeBackToTheirPage() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		String item = fixtures.itemCodes(a, 3).get(0);
		for (int i = 1; i <= 45; i++) {
			evidence.addLink(a.operator(), a.evaluationId(), 3, new EvidenceService.LinkRequest("https://example.go.id/bukti/" + i,
					LocalDate.of(2021, 7, 1), "Tautan nomor " + i, List.of(), List.of(item), null));
		}
		String url = "/evaluations/" + a.evaluationId() + "/indicators/3";

		Set<String> seen = new HashSet<>();
		for (int page = 1; page <= 5; page++) {
			String html = page(url + "?evidencePage=" + page, a);
			List<String> titles = titles(html);
			assertThat(titles).as("page " + page).hasSize(page == 5 ? 5 : 10);
			assertThat(seen).as("page " + page).doesNotContainAnyElementsOf(titles);
			seen.addAll(titles);
			assertThat(html).contains("Bukti dukung " + (page * 10 - 9) + "–" + (page == 5 ? 45 : page * 10) + " dari 45")
					.contains("data-testid=\"evidence-pager\"");
		}
		assertThat(seen).hasSize(45);
		// newest first: what was just added is at the top of the first page
		assertThat(titles(page(url, a)).get(0)).isEqualTo("Tautan nomor 45");
		assertThat(titles(page(url + "?evidencePage=5", a))).endsWith("Tautan nomor 1");

		// no page number, a non-number, a page past the end, a number too long to read (past the end too)
		assertThat(titles(page(url, a))).isEqualTo(titles(page(url + "?evidencePage=1", a)));
		assertThat(titles(page(url + "?evidencePage=dua", a))).isEqualTo(titles(page(url + "?evidencePage=1", a)));
		assertThat(titles(page(url + "?evidencePage=99", a))).hasSize(5);
		assertThat(titles(page(url + "?evidencePage=99999999999999999999", a))).hasSize(5);
		assertThat(titles(page(url, a))).hasSize(10);

		// under the item: 5 of the 45, and how many more
		String first = page(url, a);
		assertThat(first.split("data-testid=\"agency-item-evidence\"", -1)).hasSize(6);
		assertThat(first).contains("dan 40 bukti dukung lainnya");

		// removing from page 2 comes back to page 2
		long onPageTwo = firstRemovable(page(url + "?evidencePage=2", a));
		MvcResult removed = mvc.perform(post(url + "/evidence/{x}/remove", onPageTwo).param("evidencePage", "2")
				.with(user(a.operator())).with(csrf())).andReturn();
		assertThat(removed.getResponse().getRedirectedUrl()).isEqualTo(url + "?evidencePage=2");

		// a refused new version (no file) of an item on page 3 shows page 3 with the message, wherever it was sent from
		long onPageThree = firstRemovable(page(url + "?evidencePage=3", a));
		MvcResult refused = mvc.perform(multipart(url + "/evidence/{x}/version", onPageThree).param("evidencePage", "1")
				.with(user(a.operator())).with(csrf())).andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(url + "#evidence-item-" + onPageThree);
		String back = mvc.perform(get(url).flashAttrs(Map.copyOf(refused.getFlashMap())).with(user(a.operator())))
				.andReturn().getResponse().getContentAsString();
		assertThat(back).contains("Bukti dukung 21–30 dari 44").contains("/evidence/" + onPageThree + "/remove");
	}

	@Test
	void aShortListHasNoPager() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		evidence.addLink(a.operator(), a.evaluationId(), 1, new EvidenceService.LinkRequest("https://example.go.id/sop",
				LocalDate.of(2021, 7, 1), "SOP", List.of(1), List.of(), null));
		String html = page("/evaluations/" + a.evaluationId() + "/indicators/1", a);
		assertThat(titles(html)).containsExactly("SOP");
		assertThat(html).doesNotContain("evidence-pager").doesNotContain("evidence-shown");
	}

	private String page(String url, Fixtures.TestAgency a) throws Exception {
		MvcResult r = mvc.perform(get(url).with(user(a.operator()))).andReturn();
		assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	private static List<String> titles(String html) {
		return TITLE.matcher(html).results().map(m -> m.group(1).trim()).toList();
	}

	private static long firstRemovable(String html) {
		Matcher m = REMOVE.matcher(html);
		assertThat(m.find()).isTrue();
		return Long.parseLong(m.group(1));
	}
}
