package id.spbe.setup;

import id.spbe.common.Wib;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The accounts the deadline-crunch load test (bench/load.sh) signs in with, on top of the national
 * data set (profile {@code national}), when {@code spbe.load.agency-users} or
 * {@code spbe.load.assessors} is above zero (both 0 by default, so the dashboard benchmark and
 * every other start get none): one coordinator {@code load-agency-NNN} for each of the first
 * evaluations of the national Pemdi period still in self-assessment, whose window is extended to
 * two weeks from today (the crunch before a deadline; the seeded period's window lies in the past),
 * and assessors {@code load-assessor-NNN}, each leading a share of that period's evaluations in
 * document review. One password for all ({@code spbe.load.password}), hashed once: hashing it
 * per account would cost a bcrypt each.
 *
 * <p>Runs at every start with those properties and adds only what is missing, so a bigger run
 * after a smaller one gets its extra accounts. One transaction.
 */
@Component
@Profile("national")
class LoadTestAccounts {

	private static final Logger log = LoggerFactory.getLogger(LoadTestAccounts.class);
	static final String AGENCY_USER = "load-agency-%03d";
	static final String ASSESSOR = "load-assessor-%03d";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final int agencyUsers;
	private final int assessors;
	private final String password;
	private final String period;

	@Autowired
	LoadTestAccounts(JdbcTemplate jdbc, TransactionTemplate tx, PasswordEncoder passwords, Clock clock,
			@Value("${spbe.load.agency-users:0}") int agencyUsers, @Value("${spbe.load.assessors:0}") int assessors,
			@Value("${spbe.load.password:}") String password) {
		this(jdbc, tx, passwords, clock, new Counts(agencyUsers, assessors, password), NationalDataSet.PEMDI_PERIOD);
	}

	/** How many accounts of each kind, and their password. */
	record Counts(int agencyUsers, int assessors, String password) {
	}

	/** On the evaluations of {@code period} (tests: a period of their own instead of the national one). */
	LoadTestAccounts(JdbcTemplate jdbc, TransactionTemplate tx, PasswordEncoder passwords, Clock clock, Counts counts,
			String period) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.passwords = passwords;
		this.clock = clock;
		this.agencyUsers = counts.agencyUsers();
		this.assessors = counts.assessors();
		this.password = counts.password();
		this.period = period;
	}

	void run() {
		if (agencyUsers <= 0 && assessors <= 0) {
			return;
		}
		if (password.length() < 12) {
			throw new IllegalStateException("spbe.load.password must have at least 12 characters");
		}
		String hash = passwords.encode(password);
		Timestamp now = Timestamp.from(clock.instant());
		tx.executeWithoutResult(s -> {
			long admin = jdbc.queryForObject("select min(id) from user_account where role = 'ADMIN'", Long.class);
			int agencies = agencyUsers(hash, now, admin);
			int teams = assessors(hash, now, admin);
			log.info("Load-test accounts: {} agency coordinators (window extended), {} assessors leading {} evaluations",
					agencies, assessors, teams);
		});
	}

	private List<Long> evaluations(String... states) {
		return jdbc.queryForList("""
				select e.id from evaluation e join evaluation_period p on p.id = e.period_id
				where p.name = ? and e.state = any(?) order by e.id""", Long.class, period,
				(Object) states);
	}

	private int agencyUsers(String hash, Timestamp now, long admin) {
		List<Long> open = evaluations("SELF_ASSESSMENT");
		int count = Math.min(agencyUsers, open.size());
		if (count < agencyUsers) {
			log.warn("Only {} evaluations in self-assessment: {} load-test agency users instead of {}", open.size(), count,
					agencyUsers);
		}
		LocalDate until = Wib.today(clock).plusDays(14);
		List<Object[]> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long evaluation = open.get(i);
			long agency = jdbc.queryForObject("select agency_id from evaluation where id = ?", Long.class, evaluation);
			users.add(new Object[] { AGENCY_USER.formatted(i + 1), hash, "Koordinator uji beban " + (i + 1), agency, now });
			int extended = jdbc.update("update evaluation set window_extended_until = ? where id = ? "
					+ "and (window_extended_until is null or window_extended_until < ?)", Date.valueOf(until), evaluation,
					Date.valueOf(until));
			if (extended > 0) {
				jdbc.update("insert into window_extension (evaluation_id, until, reason, extended_by, extended_at) "
						+ "values (?, ?, 'Uji beban (bench/load.sh)', ?, ?)", evaluation, Date.valueOf(until), admin, now);
			}
		}
		jdbc.batchUpdate("""
				insert into user_account (username, password_hash, full_name, role, agency_id, enabled, created_at)
				values (?, ?, ?, 'AGENCY_COORDINATOR', ?, true, ?) on conflict do nothing""", users);
		return count;
	}

	/** The assessors, and evaluations in document review without a lead shared among them as leads. */
	private int assessors(String hash, Timestamp now, long admin) {
		if (assessors <= 0) {
			return 0;
		}
		List<Object[]> users = new ArrayList<>();
		for (int i = 0; i < assessors; i++) {
			users.add(new Object[] { ASSESSOR.formatted(i + 1), hash, "Asesor uji beban " + (i + 1), now });
		}
		jdbc.batchUpdate("""
				insert into user_account (username, password_hash, full_name, role, institution, enabled, created_at)
				values (?, ?, ?, 'ASSESSOR', 'Universitas Uji Beban', true, ?) on conflict do nothing""", users);
		List<Long> review = evaluations("DOCUMENT_REVIEW");
		List<Object[]> leads = new ArrayList<>();
		for (int i = 0; i < review.size(); i++) {
			leads.add(new Object[] { review.get(i), admin, now, ASSESSOR.formatted(i % assessors + 1) });
		}
		jdbc.batchUpdate("""
				insert into assessor_assignment (evaluation_id, assessor_id, lead, assigned_by, assigned_at)
				select ?, id, true, ?, ? from user_account where username = ? on conflict do nothing""",
				leads);
		return review.size();
	}
}
