package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evidence.EvidenceService;
import id.spbe.user.CurrentUser;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The self-assessment overview, the indicator page and the results send as many SQL statements
 * for a Pemdi evaluation (20 indicators) without evidence as for an SPBE one (47 indicators), and
 * as for either with 120 link evidence items on one indicator (counted by datasource-proxy, as the
 * dashboard's), at most 9, the request's account check included (a real request adds one more, a
 * second read of the session Spring Session makes when it saves it, which makes the 10 of issue
 * 14's goal: {@code bench/pages.sh} counts them): nothing is read per indicator
 * or per evidence item. Pemdi may send one more than SPBE: the values of its national-index
 * indicators, which SPBE has none of.
 */
@IntegrationTest
class SelfAssessmentStatementCountTest {

	static final int MANY_LINKS = 120;

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceService evidence;

	/** An agency's evaluation as the pages are asked for it: the indicator with the most evidence, and one without. */
	record Case(String name, Fixtures.TestAgency agency, int full, int empty) {
	}

	@Test
	void pagesCostTheSameWhateverTheIndicatorsAndTheEvidence() throws Exception {
		// Pemdi, 20 indicators, nothing entered; SPBE, 47 indicators, all but one complete (one link used
		// everywhere); and both with 120 links on one indicator
		Fixtures.TestAgency pemdi = fixtures.newAgency("pemdi-2026");
		Fixtures.TestAgency spbe = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(spbe, 2);
		Fixtures.TestAgency pemdiMany = fixtures.newAgency("pemdi-2026");
		links(pemdiMany, 3, fixtures.itemCodes(pemdiMany, 3).subList(0, 1));
		Fixtures.TestAgency spbeMany = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(spbeMany, 2);
		links(spbeMany, 3, List.of());
		List<Case> cases = List.of(new Case("Pemdi, 20 indicators, no evidence", pemdi, 3, 2),
				new Case("SPBE, 47 indicators, one link on 46", spbe, 3, 2),
				new Case("Pemdi, 120 links on indicator 3", pemdiMany, 3, 2),
				new Case("SPBE, 47 indicators, 120 links on indicator 3", spbeMany, 3, 2));

		Map<String, Long> first = new LinkedHashMap<>();
		for (String page : List.of("overview", "indicator with evidence", "indicator without evidence", "results")) {
			for (Case c : cases) {
				for (CurrentUser reader : List.of(c.agency().coordinator(), c.agency().operator())) {
					String route = route(page, c);
					// once to warm what is read once per process (the instrument's tree), then counted
					statements(route, reader);
					long count = statements(route, reader);
					// Pemdi reads its national-index values (one statement SPBE has no use for)
					String key = page + (c.name().startsWith("Pemdi") ? ", Pemdi" : ", SPBE");
					System.out.printf("statements: %s, %s, %s: %d%n", page, c.name(), reader.getUsername(), count);
					Long expected = first.putIfAbsent(key, count);
					assertThat(count).as(page + ", " + c.name() + ", " + reader.getUsername())
							.isEqualTo(expected == null ? count : expected);
				}
			}
		}
		assertThat(first).allSatisfy((page, count) -> assertThat(count).as(page).isLessThanOrEqualTo(9));
		// SPBE has no national-index indicators: at most the one statement that reads their values fewer
		for (String page : List.of("overview", "indicator with evidence", "indicator without evidence", "results")) {
			assertThat(first.get(page + ", Pemdi") - first.get(page + ", SPBE")).as(page).isBetween(0L, 1L);
		}
	}

	private static String route(String page, Case c) {
		long id = c.agency().evaluationId();
		return switch (page) {
			case "overview" -> "/evaluations/" + id;
			case "indicator with evidence" -> "/evaluations/" + id + "/indicators/" + c.full();
			case "indicator without evidence" -> "/evaluations/" + id + "/indicators/" + c.empty();
			default -> "/evaluations/" + id + "/results";
		};
	}

	private void links(Fixtures.TestAgency agency, int number, List<String> items) {
		for (int i = 1; i <= MANY_LINKS; i++) {
			evidence.addLink(agency.operator(), agency.evaluationId(), number, new EvidenceService.LinkRequest(
					"https://example.go.id/bukti/" + i, LocalDate.of(2021, 7, 1), "Tautan " + i,
					items.isEmpty() ? List.of(1, 2) : List.of(), items, null));
		}
	}

	private long statements(String route, CurrentUser reader) throws Exception {
		QueryCountHolder.clear();
		int status = mvc.perform(get(route).with(user(reader))).andReturn().getResponse().getStatus();
		assertThat(status).as(route).isEqualTo(200);
		return QueryCountHolder.getGrandTotal().getTotal();
	}
}
