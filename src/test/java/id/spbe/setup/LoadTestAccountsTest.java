package id.spbe.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.common.Wib;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.InstrumentCatalog;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The load test's accounts (bench/load.sh) on a period of the test's own standing in for the
 * national Pemdi period: coordinators that sign in with the one password on the evaluations in
 * self-assessment, their window extended; assessors leading the evaluations in document review;
 * a second start adds nothing.
 */
@IntegrationTest
class LoadTestAccountsTest {

	private static final String PASSWORD = "load-test-password";

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	PasswordEncoder passwords;
	@Autowired
	Clock clock;
	@Autowired
	Agencies agencies;
	@Autowired
	Evaluations evaluations;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	EvaluationAccess access;
	@Autowired
	Fixtures fixtures;

	@Test
	void seedsCoordinatorsWithAnExtendedWindowAndAssessorsLeadingTheReviewsOnce() {
		String period = "Periode uji beban " + UUID.randomUUID();
		LocalDate today = Wib.today(clock);
		long periodId = evaluations.findOrCreatePeriod(new Evaluations.NewPeriod(2026, period,
				instruments.currentId("pemdi-2026").orElseThrow(), today.minusMonths(6), today.minusMonths(3), null, null)).id();
		List<Long> open = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long agency = agencies.findOrCreate("Pemerintah Kota Beban " + i + " " + period, AgencyType.KOTA, "Uji").id();
			open.add(evaluations.findOrOpen(periodId, agency).id());
		}
		// the third in document review, as the national data set has some
		jdbc.update("update evaluation set state = 'DOCUMENT_REVIEW' where id = ?", open.get(2));
		LoadTestAccounts seeder = new LoadTestAccounts(jdbc, tx, passwords, clock,
				new LoadTestAccounts.Counts(5, 1, PASSWORD), period);

		seeder.run();

		// only two evaluations are in self-assessment: two coordinators, not five
		assertThat(jdbc.queryForList("select username from user_account where username like 'load-agency-%' order by username",
				String.class)).containsExactly("load-agency-001", "load-agency-002");
		for (int i = 0; i < 2; i++) {
			String username = LoadTestAccounts.AGENCY_USER.formatted(i + 1);
			assertThat(jdbc.queryForObject("select role from user_account where username = ?", String.class, username))
					.isEqualTo("AGENCY_COORDINATOR");
			assertThat(jdbc.queryForObject("select u.agency_id = e.agency_id from user_account u, evaluation e "
					+ "where u.username = ? and e.id = ?", Boolean.class, username, open.get(i))).isTrue();
			assertThat(passwords.matches(PASSWORD, jdbc.queryForObject(
					"select password_hash from user_account where username = ?", String.class, username))).isTrue();
			assertThat(jdbc.queryForObject("select window_extended_until from evaluation where id = ?", LocalDate.class,
					open.get(i))).isEqualTo(today.plusDays(14));
		}
		assertThat(jdbc.queryForObject("select count(*) from window_extension where evaluation_id = any(?)", Integer.class,
				(Object) open.toArray(Long[]::new))).isEqualTo(2);
		// the assessor leads the evaluation in document review and sees it
		assertThat(access.visible(fixtures.login("load-assessor-001"))).extracting(e -> e.id()).contains(open.get(2));
		assertThat(jdbc.queryForObject("select lead from assessor_assignment a join user_account u on u.id = a.assessor_id "
				+ "where u.username = 'load-assessor-001' and a.evaluation_id = ?", Boolean.class, open.get(2))).isTrue();

		seeder.run();

		assertThat(jdbc.queryForObject("select count(*) from user_account where username like 'load-%'", Integer.class))
				.isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from window_extension where evaluation_id = any(?)", Integer.class,
				(Object) open.toArray(Long[]::new))).isEqualTo(2);
	}

	@Test
	void withoutCountsSeedsNothingAndAShortPasswordIsRefused() {
		String period = "Periode uji beban kosong " + UUID.randomUUID();
		int before = jdbc.queryForObject("select count(*) from user_account", Integer.class);
		new LoadTestAccounts(jdbc, tx, passwords, clock, new LoadTestAccounts.Counts(0, 0, ""), period).run();
		assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(before);
		LoadTestAccounts weak = new LoadTestAccounts(jdbc, tx, passwords, clock, new LoadTestAccounts.Counts(1, 0, "short"),
				period);
		assertThatThrownBy(weak::run).isInstanceOf(IllegalStateException.class).hasMessageContaining("12 characters");
		assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(before);
	}
}
