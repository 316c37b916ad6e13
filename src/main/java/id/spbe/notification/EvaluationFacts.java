package id.spbe.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What a message says about an evaluation, its latest clarification and its interview sessions, read with SQL. */
@Component
class EvaluationFacts {

	private final JdbcTemplate jdbc;

	EvaluationFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** An evaluation: its agency and period names. */
	record About(long id, long agencyId, String agency, String period) {
	}

	/** A clarification request: indicators, message, last day, and the answer once handed back. */
	record Clarification(List<Integer> indicators, String message, LocalDate deadline, String answer) {
	}

	/** An interview session: when (WIB), medium, link, attendees' names. */
	record Session(long id, LocalDateTime heldAt, String medium, String link, List<String> attendees) {
	}

	About about(long evaluationId) {
		return jdbc.queryForObject("""
				select e.id, e.agency_id, a.name, p.name from evaluation e join agency a on a.id = e.agency_id
				join evaluation_period p on p.id = e.period_id where e.id = ?""",
				(rs, i) -> new About(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), evaluationId);
	}

	/** The evaluation's newest clarification (the one just requested or just handed back). */
	Optional<Clarification> latestClarification(long evaluationId) {
		return jdbc.query("""
				select indicators, message, deadline, answer from clarification where evaluation_id = ?
				order by requested_at desc, id desc limit 1""",
				(rs, i) -> new Clarification(numbers(rs.getString(1)), rs.getString(2), rs.getObject(3, LocalDate.class),
						rs.getString(4)), evaluationId).stream().findFirst();
	}

	Session session(long sessionId) {
		List<String> names = jdbc.queryForList("select name from interview_attendee where session_id = ? order by side, ordinal",
				String.class, sessionId);
		return jdbc.queryForObject("select id, held_at, medium, meeting_link from interview_session where id = ?",
				(rs, i) -> new Session(rs.getLong(1), rs.getObject(2, LocalDateTime.class), rs.getString(3), rs.getString(4),
						names), sessionId);
	}

	static List<Integer> numbers(String list) {
		return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
	}
}
