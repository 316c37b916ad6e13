package id.spbe.notice;

import id.spbe.common.Messages;
import id.spbe.common.Wib;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits for an administrator: locked logins (each to unlock, the first
 * {@value #MAX_ACCOUNTS}, then one notice for the rest) and, per period and last day, the
 * evaluations still in self-assessment whose deadline (an extension counts) is within
 * {@value #NEAR_DAYS} days. Two statements, whatever the number of agencies.
 */
@Component
class AdminNotices {

	static final int MAX_ACCOUNTS = 10;
	/** A deadline this many days ahead or fewer is near (today counts as day 0). */
	static final int NEAR_DAYS = 7;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");

	private final JdbcTemplate jdbc;
	private final Messages messages;

	AdminNotices(JdbcTemplate jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<Notice> read(Instant now, LocalDate today) {
		List<Notice> notices = new ArrayList<>();
		locked(now, today, notices);
		deadlines(today, notices);
		return notices;
	}

	private void locked(Instant now, LocalDate today, List<Notice> into) {
		long[] total = { 0 };
		jdbc.query("""
				select id, username, full_name, locked_until, count(*) over ()
				from user_account where locked_until > ?
				order by locked_until desc, id
				limit ?""",
				rs -> {
					total[0] = rs.getLong(5);
					Instant until = rs.getTimestamp(4).toInstant();
					into.add(Notice.of(NoticeKind.ACCOUNT_LOCKED,
							messages.get("notice.accountLocked", rs.getString(2), rs.getString(3),
									TIME.format(Wib.of(until))),
							"/admin/users/" + rs.getLong(1), null, today));
				}, java.sql.Timestamp.from(now), MAX_ACCOUNTS);
		if (total[0] > MAX_ACCOUNTS) {
			into.add(Notice.of(NoticeKind.ACCOUNT_LOCKED, messages.get("notice.accountsLockedMore", total[0] - MAX_ACCOUNTS),
					"/admin/users?locked=true", null, today));
		}
	}

	private void deadlines(LocalDate today, List<Notice> into) {
		jdbc.query("""
				select p.id, p.name, coalesce(e.window_extended_until, p.self_assessment_end) as last_day, count(*)
				from evaluation e
				join evaluation_period p on p.id = e.period_id
				where e.state = 'SELF_ASSESSMENT'
				  and coalesce(e.window_extended_until, p.self_assessment_end) between ? and ?
				group by p.id, p.name, last_day
				order by last_day, p.name""",
				rs -> {
					into.add(Notice.of(NoticeKind.DEADLINE_NEAR,
							messages.get("notice.deadlineNear", rs.getLong(4), rs.getString(2)),
							"/admin/periods/" + rs.getLong(1) + "/dashboard?state=SELF_ASSESSMENT",
							rs.getObject(3, LocalDate.class), today));
				}, today, today.plusDays(NEAR_DAYS));
	}
}
