package id.spbe.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.Wib;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.AssessorTeams;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Evaluations;
import id.spbe.evaluation.Transitions;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The notices and the home pages send as many SQL statements for a reader with one evaluation as
 * for one with four, each with something to show (counted by datasource-proxy, as the
 * dashboard's), so nothing is read per evaluation.
 */
@IntegrationTest
class NoticesStatementCountTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Transitions transitions;
	@Autowired
	AssessorTeams teams;
	@Autowired
	Assessments assessments;
	@Autowired
	Evaluations evaluations;
	@Autowired
	Clock clock;

	@Test
	void anAssessorOfFourEvaluationsCostsAsManyStatementsAsAnAssessorOfOne() throws Exception {
		List<Fixtures.InReview> all = List.of(fixtures.inDocumentReview(), fixtures.inDocumentReview(),
				fixtures.inDocumentReview(), fixtures.inDocumentReview());
		CurrentUser busy = all.get(1).team().lead();
		for (Fixtures.InReview c : all) {
			if (c != all.get(1)) {
				teams.assign(fixtures.login("admin"), c.id(), busy.getId(), false);
			}
			transitions.requestClarification(c.team().lead(), c.id(), new Transitions.ClarificationRequest(List.of(2),
					"Lampirkan SK.", Wib.today(clock).plusDays(3)));
			transitions.move(c.agency().coordinator(), c.id(), EvaluationAction.HAND_BACK, "Terlampir.");
		}
		String one = all.get(0).team().memberName();
		String four = all.get(1).team().leadName();
		assertThat(mvc.perform(get("/api/notices").with(user(fixtures.login(four)))).andReturn().getResponse()
				.getContentAsString()).contains("CLARIFICATION_ANSWERED").contains("/evaluations/" + all.get(3).id());
		compare(one, four);
	}

	@Test
	void aCoordinatorOfTwoEvaluationsCostsAsManyStatementsAsACoordinatorOfOne() throws Exception {
		Fixtures.TestAgency single = fixtures.newAgency("spbe-2020");
		Fixtures.TestAgency twice = fixtures.newAgency("spbe-2020");
		long pemdi = evaluations.findOrOpen(fixtures.newAgency("pemdi-2026").evaluation().periodId(), twice.agencyId()).id();
		for (long[] e : new long[][] { { single.evaluationId(), single.coordinator().getId() },
				{ twice.evaluationId(), twice.coordinator().getId() }, { pemdi, twice.coordinator().getId() } }) {
			assessments.assign(e[0], 1, e[1], null, e[1]);
			assessments.saveSelf(e[0], 2, new Assessments.SelfEntry(new BigDecimal("2"), "Ada.", null), e[1]);
		}
		assertThat(mvc.perform(get("/api/notices").with(user(twice.coordinator()))).andReturn().getResponse()
				.getContentAsString()).contains("/evaluations/" + pemdi + "?mine=true").contains("ENTRIES_TO_APPROVE");
		compare(single.coordinatorName(), twice.coordinatorName());
	}

	private void compare(String few, String many) throws Exception {
		for (String route : new String[] { "/api/notices", "/" }) {
			statements(route, few);
			statements(route, many);
			long fewCount = statements(route, few);
			long manyCount = statements(route, many);
			assertThat(manyCount).as(route).isEqualTo(fewCount);
		}
		// the notices' own 3 statements and the request's account checks
		assertThat(statements("/api/notices", many)).isBetween(3L, 8L);
	}

	private long statements(String route, String username) throws Exception {
		CurrentUser user = fixtures.login(username);
		QueryCountHolder.clear();
		int status = mvc.perform(get(route).with(user(user))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		return QueryCountHolder.getGrandTotal().getTotal();
	}
}
