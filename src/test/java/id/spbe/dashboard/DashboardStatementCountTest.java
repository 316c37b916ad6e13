package id.spbe.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard sends as many SQL statements for a period of 10 agencies as for one of 100, with
 * a warm cache and after every evaluation changed (counted by datasource-proxy,
 * {@code spbe.statements.count} in the test configuration). Every agency has levels, texts and
 * evidence, so that a query per agency would show.
 */
@IntegrationTest
class DashboardStatementCountTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Agencies agencies;
	@Autowired
	Evaluations evaluations;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	Fixtures fixtures;

	@Test
	void theSameNumberOfStatementsForFewAndManyAgencies() throws Exception {
		long few = period("Dasbor 10", 10);
		long many = period("Dasbor 100", 100);
		for (String route : new String[] { "/api/periods/%d/dashboard?sort=-selfIndex", "/admin/periods/%d/dashboard",
				"/api/periods/%d/dashboard.csv", "/admin/periods/%d/dashboard.xlsx" }) {
			statements(route, few);
			statements(route, many);
			long warmFew = statements(route, few);
			long warmMany = statements(route, many);
			// the request's own statements (the signed-in account's checks) come on top of the dashboard's 2 or 3
			assertThat(warmMany).as(route + " warm").isEqualTo(warmFew).isBetween(2L, 8L);
			touchAll(few);
			touchAll(many);
			long coldFew = statements(route, few);
			long coldMany = statements(route, many);
			assertThat(coldMany).as(route + " after every evaluation changed").isEqualTo(coldFew).isEqualTo(warmFew + 2);
		}
	}

	private long statements(String route, long period) throws Exception {
		QueryCountHolder.clear();
		int status = mvc.perform(get(String.format(route, period)).with(user(fixtures.login("admin")))).andReturn()
				.getResponse().getStatus();
		assertThat(status).isEqualTo(200);
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	private void touchAll(long period) {
		jdbc.update("update indicator_assessment set justification = justification || '.' where evaluation_id in "
				+ "(select id from evaluation where period_id = ?) and indicator_number = 1", period);
	}

	private long period(String name, int size) {
		DashboardTestData data = new DashboardTestData(jdbc, agencies, evaluations, instruments, fixtures, name);
		Map<Integer, BigDecimal> levels = new HashMap<>();
		instruments.current("pemdi-2026").orElseThrow().allIndicators()
				.forEach(i -> levels.put(i.number(), new BigDecimal(i.number() % 2 == 0 ? "3.50" : "2.75")));
		for (int i = 0; i < size; i++) {
			long e = data.agency("Pemerintah Kota Hitung " + size + "-" + i, AgencyType.KOTA, "Hitung " + (i % 7));
			data.levels(e, "SELF", levels);
			data.justify(e, 1, 2, 3);
			data.evidence(e, 1);
			data.state(e, i % 3 == 0 ? "FINALISED" : "SUBMITTED");
			if (i % 3 == 0) {
				data.levels(e, "FINAL", levels);
			}
		}
		return data.periodId;
	}
}
