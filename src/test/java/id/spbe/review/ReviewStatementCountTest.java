package id.spbe.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.Wib;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Stage;
import id.spbe.evaluation.Transitions;
import id.spbe.evidence.EvidenceService;
import id.spbe.externalindex.ExternalIndices;
import id.spbe.user.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assessors' review overview and indicator page send as many SQL statements with 120 link
 * evidence items on the indicator as with one, for Pemdi (20 indicators) as for SPBE (47) but for
 * Pemdi's one read of its national index scores, at most 9 each (counted by datasource-proxy, as
 * the dashboard's). The busy evaluations also have item judgements, stage values by both
 * assessors, a clarification, an interview session and (Pemdi) national index scores, so a query
 * per row, per evidence item, per session or per person would show. A failure lists the statements.
 */
@IntegrationTest
class ReviewStatementCountTest {

	private static final int MANY = 120;
	/**
	 * The goal: at most 10 statements per review page in a real request, the request's own (the
	 * signed-in account) included; a real request adds a second read of the session here, which
	 * Spring Session makes when it saves it ({@code bench/pages.sh} counts them).
	 */
	private static final long MOST = 9;

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	EvidenceService evidence;
	@Autowired
	Transitions transitions;
	@Autowired
	ReviewService review;
	@Autowired
	Judgements judgements;
	@Autowired
	Clock clock;
	@Autowired
	ExternalIndices external;
	@Autowired
	DataSource dataSource;
	@Autowired
	JdbcTemplate jdbc;

	private final List<String> sent = Collections.synchronizedList(new ArrayList<>());
	private final QueryExecutionListener recorder = new QueryExecutionListener() {
		@Override
		public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		}

		@Override
		public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			queryInfoList.forEach(q -> sent.add(q.getQuery()));
		}
	};

	@BeforeEach
	void record() {
		((ProxyDataSource) dataSource).getProxyConfig().getQueryListener().addListener(recorder);
	}

	@AfterEach
	void stopRecording() {
		((ProxyDataSource) dataSource).getProxyConfig().getQueryListener().getListeners().remove(recorder);
	}

	@Test
	void theReviewPagesCostTheSameFewStatementsWhateverTheIndicatorsAndEvidence() throws Exception {
		Fixtures.InReview pemdiFew = inReview("pemdi-2026", 0, false);
		Fixtures.InReview pemdiMany = inReview("pemdi-2026", MANY, true);
		// the national index scores (Pemdi I5 and I6) with who entered them
		for (int number : new int[] { 5, 6 }) {
			external.enter(fixtures.login("admin"), pemdiMany.id(), number, new ExternalIndices.Entry(
					new BigDecimal(number == 5 ? "80" : "4"), number == 5 ? "SDI" : "SJIG", Wib.today(clock).minusDays(1)));
		}
		Fixtures.InReview spbeFew = inReview("spbe-2020", 0, false);
		Fixtures.InReview spbeMany = inReview("spbe-2020", MANY, true);
		for (String route : new String[] { "/evaluations/%d/review", "/evaluations/%d/review/indicators/1" }) {
			long pemdi = statements(route, pemdiFew);
			long spbe = statements(route, spbeFew);
			assertThat(statements(route, pemdiMany)).as(route + ", Pemdi with 121 links on one indicator:\n" + listing())
					.isEqualTo(pemdi);
			assertThat(statements(route, spbeMany)).as(route + ", SPBE with 121 links on one indicator:\n" + listing())
					.isEqualTo(spbe);
			// 20 or 47 indicators cost the same; an instrument with indicators fed by national indices
			// (Pemdi) reads their scores in one more statement, whatever their number
			assertThat(pemdi).as(route + ": Pemdi (20 indicators) against SPBE (47)").isEqualTo(spbe + 1);
			assertThat(pemdi).as(route).isLessThanOrEqualTo(MOST);
		}
	}

	/**
	 * An evaluation in document review with its team; on the indicator 1 {@code links} more link
	 * evidence items answering its evidence items (besides the fixture's one link on every indicator); when {@code busy}, levels by both assessors,
	 * every evidence item of indicator 1 judged, a clarification asked and answered and the
	 * interview begun with a session.
	 */
	private Fixtures.InReview inReview(String instrument, int links, boolean busy) {
		Fixtures.TestAgency a = fixtures.newAgency(instrument);
		List<String> items = fixtures.itemCodes(a, 1);
		if (links > 0) {
			long first = evidence.addLink(a.operator(), a.evaluationId(), 1, new EvidenceService.LinkRequest(
					"https://example.go.id/bukti/0", LocalDate.of(2021, 7, 1), "Bukti 0", List.of(1, 2, 3), items, "Catatan"));
			// the other links as the service stored the first (quicker than as many requests)
			jdbc.update("insert into evidence (evaluation_id, kind, title, url, accessed_on, note, hidden, created_by, "
					+ "created_at) select evaluation_id, kind, title || ' ' || g, url || '/' || g, accessed_on, note, hidden, "
					+ "created_by, created_at from evidence, generate_series(1, ?) g where id = ?", links - 1, first);
			jdbc.update("insert into evidence_use (evidence_id, assessment_id, supported_levels, item_codes, created_by, "
					+ "created_at) select e.id, u.assessment_id, u.supported_levels, u.item_codes, u.created_by, u.created_at "
					+ "from evidence e, evidence_use u where e.evaluation_id = ? and e.id > ? and u.evidence_id = ?",
					a.evaluationId(), first, first);
		}
		fixtures.submit(a);
		Fixtures.InReview c = new Fixtures.InReview(a, fixtures.team(a));
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		if (busy) {
			// Pemdi's 5, 6 and 7 are fed by national indices, nobody scores them
			for (int n : new int[] { 1, 2, 3, 4, 8, 9 }) {
				CurrentUser who = n % 2 == 0 ? c.team().lead() : c.team().member();
				review.saveStage(who, c.id(), n, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW, new BigDecimal("2"),
						"Catatan " + n, null, null));
			}
			review.saveStage(c.team().lead(), c.id(), 1, new ReviewService.StageSave(Stage.DOCUMENT_REVIEW,
					new BigDecimal("1"), "Diubah", null, null));
			for (String code : items) {
				judgements.reviewItem(c.team().member(), c.id(), 1, code,
						new Judgements.ItemJudgement(id.spbe.evidence.ReviewStatus.ACCEPTED, null, "Cukup"));
			}
			transitions.requestClarification(c.team().lead(), c.id(),
					new Transitions.ClarificationRequest(List.of(2, 3), "Lampirkan SK.", Wib.today(clock).plusDays(3)));
			transitions.move(a.coordinator(), c.id(), EvaluationAction.HAND_BACK, "Terlampir.");
			fixtures.interviewSession(c);
		}
		return c;
	}

	/** The statements of the second of two requests (the first warms what is read once per process). */
	private long statements(String route, Fixtures.InReview c) throws Exception {
		for (int i = 0; i < 2; i++) {
			sent.clear();
			QueryCountHolder.clear();
			int status = mvc.perform(get(String.format(route, c.id())).with(user(c.team().lead()))).andReturn()
					.getResponse().getStatus();
			assertThat(status).as(route).isEqualTo(200);
		}
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	private String listing() {
		return String.join("\n", sent);
	}
}
