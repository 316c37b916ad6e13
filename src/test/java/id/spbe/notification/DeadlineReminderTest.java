package id.spbe.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.TestClock;
import id.spbe.common.Wib;
import id.spbe.evaluation.Transitions;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deadline reminders 3 and 1 days before: the self-assessment's last day to the agency's staff,
 * the clarification's to coordinators and assignees, even to users who turned other e-mail off;
 * two schedulers running at the same moment against the same database write each reminder once,
 * and a later run writes none again.
 */
@IntegrationTest
class DeadlineReminderTest {

	@Autowired
	Fixtures fixtures;
	@Autowired
	DeadlineReminders reminders;
	@Autowired
	Transitions transitions;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void release() {
		clock.reset();
	}

	@Test
	void selfAssessmentReminderIsWrittenOnceWithTwoSchedulersRunning() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		jdbc.update("update user_account set email = ?, mail_deadlines_only = true where id = ?", "operator@uji.go.id",
				a.operator().getId());
		LocalDate lastDay = jdbc.queryForObject("""
				select p.self_assessment_end from evaluation e join evaluation_period p on p.id = e.period_id where e.id = ?""",
				LocalDate.class, a.evaluationId());
		clock.freeze(lastDay.minusDays(3));

		ExecutorService two = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = List.of(two.submit(() -> {
			start.await();
			reminders.run();
			return null;
		}), two.submit(() -> {
			start.await();
			reminders.run();
			return null;
		}));
		start.countDown();
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		two.shutdown();
		// a second instance whose ShedLock turn comes later finds every reminder already written
		assertThat(reminders.remind(lastDay.minusDays(3))).isZero();

		List<Map<String, Object>> rows = jdbc.queryForList(
				"select * from mail_outbox where evaluation_id = ? and kind = 'REMINDER_SELF_ASSESSMENT' order by user_id",
				a.evaluationId());
		assertThat(rows).extracting(r -> r.get("user_id")).containsExactly(a.coordinator().getId(), a.operator().getId());
		// the operator turned other e-mail off, but deadlines still reach them
		assertThat(rows.get(1).get("status")).isEqualTo("KEPT");
		assertThat((String) rows.get(1).get("body")).contains("dalam 3 hari");
		assertThat(rows.get(0).get("status")).isEqualTo("SKIPPED");
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'deadline-reminders'", Integer.class)).isOne();

		// one day before: a second reminder; the day after that: none
		clock.freeze(lastDay.minusDays(1));
		reminders.remind(Wib.today(clock));
		clock.freeze(lastDay);
		reminders.remind(Wib.today(clock));
		assertThat(jdbc.queryForList("select dedup_key from mail_outbox where evaluation_id = ? and user_id = ?", String.class,
				a.evaluationId(), a.operator().getId())).containsExactly(
						"SA:" + a.evaluationId() + ":" + lastDay + ":3:" + a.operator().getId(),
						"SA:" + a.evaluationId() + ":" + lastDay + ":1:" + a.operator().getId());
	}

	@Test
	void clarificationReminderGoesToCoordinatorAndAssignees() {
		Fixtures.InReview c = fixtures.inDocumentReview();
		jdbc.update("update indicator_assessment set assignee_user_id = ? where evaluation_id = ? and indicator_number = 7",
				c.agency().operator().getId(), c.id());
		jdbc.update("update user_account set email = ?, preferred_language = 'en' where id = ?", "koordinator@uji.go.id",
				c.agency().coordinator().getId());
		LocalDate deadline = LocalDate.now(Wib.ZONE).plusDays(10);
		transitions.requestClarification(c.team().member(), c.id(),
				new Transitions.ClarificationRequest(List.of(7), "Lengkapi bukti", deadline));
		reminders.remind(deadline.minusDays(1));
		reminders.remind(deadline.minusDays(1));
		List<Map<String, Object>> rows = jdbc.queryForList(
				"select * from mail_outbox where evaluation_id = ? and kind = 'REMINDER_CLARIFICATION' order by user_id", c.id());
		assertThat(rows).extracting(r -> r.get("user_id")).containsExactly(c.agency().coordinator().getId(),
				c.agency().operator().getId());
		assertThat((String) rows.get(0).get("subject")).startsWith("Clarification deadline reminder: ");
		assertThat((String) rows.get(0).get("body")).contains("within 1 day(s)").contains("indicators 7");
	}
}
