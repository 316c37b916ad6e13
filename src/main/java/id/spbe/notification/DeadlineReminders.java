package id.spbe.notification;

import id.spbe.common.Wib;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminders {@link #DAYS_BEFORE} days before the last day of a self-assessment still under way
 * (the period's, or the agency's extension) to the agency's staff, and before an open
 * clarification's deadline to the coordinators and the indicators' assignees. Hourly (WIB), so a
 * run missed by a restart is made up the same day; ShedLock keeps a run to one instance, and each
 * reminder's key (what, which deadline, days before, whom) is unique in the outbox, so a reminder
 * is written once even if two runs met. Sent even to users who turned other e-mail off.
 */
@Component
class DeadlineReminders {

	static final int[] DAYS_BEFORE = { 3, 1 };

	private final JdbcTemplate jdbc;
	private final Recipients recipients;
	private final EvaluationFacts facts;
	private final MailTexts texts;
	private final Outbox outbox;
	private final Clock clock;

	DeadlineReminders(JdbcTemplate jdbc, Recipients recipients, EvaluationFacts facts, MailTexts texts, Outbox outbox,
			Clock clock) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.facts = facts;
		this.texts = texts;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Scheduled(cron = "${spbe.mail.reminder-cron:0 5 * * * *}", zone = "Asia/Jakarta")
	@SchedulerLock(name = "deadline-reminders", lockAtMostFor = "PT30M", lockAtLeastFor = "PT20S")
	public void run() {
		remind(Wib.today(clock));
	}

	/** Writes the reminders due on {@code today}; answers how many new messages were written. */
	int remind(LocalDate today) {
		int written = 0;
		for (int days : DAYS_BEFORE) {
			LocalDate deadline = today.plusDays(days);
			written += selfAssessment(deadline, days);
			written += clarification(deadline, days);
		}
		return written;
	}

	private int selfAssessment(LocalDate deadline, int days) {
		List<Long> due = jdbc.queryForList("""
				select e.id from evaluation e join evaluation_period p on p.id = e.period_id
				where e.state = 'SELF_ASSESSMENT' and coalesce(e.window_extended_until, p.self_assessment_end) = ?""",
				Long.class, deadline);
		int written = 0;
		for (long evaluationId : due) {
			EvaluationFacts.About about = facts.about(evaluationId);
			List<Letter> letters = new ArrayList<>();
			for (Recipient to : recipients.agencyStaff(about.agencyId())) {
				Letter l = texts.letter(MailKind.REMINDER_SELF_ASSESSMENT, about, to, "/evaluations/" + evaluationId,
						days, MailTexts.day(deadline, to.locale()));
				letters.add(keyed(l, "SA:" + evaluationId + ":" + deadline + ":" + days + ":" + to.userId()));
			}
			written += outbox.add(letters);
		}
		return written;
	}

	private int clarification(LocalDate deadline, int days) {
		record Open(long id, long evaluationId, String indicators) {
		}
		List<Open> due = jdbc.query("select id, evaluation_id, indicators from clarification where closed_at is null and deadline = ?",
				(rs, i) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3)), deadline);
		int written = 0;
		for (Open c : due) {
			EvaluationFacts.About about = facts.about(c.evaluationId());
			List<Integer> numbers = EvaluationFacts.numbers(c.indicators());
			List<Letter> letters = new ArrayList<>();
			for (Recipient to : Recipients.union(null, recipients.coordinators(about.agencyId()),
					recipients.assignees(c.evaluationId(), numbers))) {
				Letter l = texts.letter(MailKind.REMINDER_CLARIFICATION, about, to, "/evaluations/" + c.evaluationId(),
						days, MailTexts.day(deadline, to.locale()), MailTexts.list(numbers));
				letters.add(keyed(l, "CL:" + c.id() + ":" + deadline + ":" + days + ":" + to.userId()));
			}
			written += outbox.add(letters);
		}
		return written;
	}

	private static Letter keyed(Letter l, String key) {
		return new Letter(l.kind(), l.evaluationId(), l.to(), l.subject(), l.body(), l.attachment(), key);
	}
}
