package id.spbe.notice;

import id.spbe.common.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits for an assessor, read only on evaluations whose team the assessor is on (every
 * statement joins {@code assessor_assignment} on the assessor) and never on an agency's draft:
 * evaluations submitted or in a stage the assessors work on, clarifications the agency answered,
 * interview sessions to come. Three statements, whatever the number of evaluations.
 */
@Component
class AssessorNotices {

	/** Sessions listed at most: the next ones matter; the review page lists them all. */
	static final int MAX_SESSIONS = 20;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH.mm");

	private final JdbcTemplate jdbc;
	private final Messages messages;

	AssessorNotices(JdbcTemplate jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<Notice> read(long assessorId, LocalDateTime now) {
		LocalDate today = now.toLocalDate();
		List<Notice> notices = new ArrayList<>();
		waiting(assessorId, today, notices);
		answered(assessorId, today, notices);
		sessions(assessorId, now, notices);
		return notices;
	}

	/** Deadline of the state's stage: the end of its window in the period, when the period sets one. */
	private void waiting(long assessorId, LocalDate today, List<Notice> into) {
		jdbc.query("""
				select e.id, a.name, p.name, e.state,
				  case e.state when 'SUBMITTED' then p.review_end when 'DOCUMENT_REVIEW' then p.review_end
				    when 'INTERVIEW' then p.interview_end when 'FINAL_REVIEW' then p.final_end end
				from assessor_assignment aa
				join evaluation e on e.id = aa.evaluation_id
				join agency a on a.id = e.agency_id
				join evaluation_period p on p.id = e.period_id
				where aa.assessor_id = ?
				  and e.state in ('SUBMITTED', 'DOCUMENT_REVIEW', 'INTERVIEW', 'SITE_VISIT', 'FINAL_REVIEW')
				order by e.id""",
				rs -> {
					String key = switch (rs.getString(4)) {
						case "SUBMITTED" -> "notice.review.submitted";
						case "DOCUMENT_REVIEW" -> "notice.review.documents";
						case "INTERVIEW" -> "notice.review.interview";
						case "SITE_VISIT" -> "notice.review.siteVisit";
						default -> "notice.review.final";
					};
					into.add(Notice.of(NoticeKind.REVIEW_WAITING, messages.get(key, rs.getString(2), rs.getString(3)),
							"/evaluations/" + rs.getLong(1) + "/review", rs.getObject(5, LocalDate.class), today));
				}, assessorId);
	}

	/**
	 * Hand-backs (closed with the agency's answer) still waiting for the assessors: the evaluation
	 * has not moved since (its latest event is the hand-back) and no stage level or note was set
	 * on an indicator sent back after it.
	 */
	private void answered(long assessorId, LocalDate today, List<Notice> into) {
		jdbc.query("""
				select e.id, a.name, p.name, c.indicators
				from clarification c
				join assessor_assignment aa on aa.evaluation_id = c.evaluation_id and aa.assessor_id = ?
				join evaluation e on e.id = c.evaluation_id
				join agency a on a.id = e.agency_id
				join evaluation_period p on p.id = e.period_id
				where c.closed_at is not null and c.answer is not null
				  and e.state in ('DOCUMENT_REVIEW', 'INTERVIEW')
				  and (select ev.action from evaluation_event ev where ev.evaluation_id = e.id
				       order by ev.at desc, ev.id desc limit 1) = 'HAND_BACK'
				  and not exists (select 1 from stage_score s join indicator_assessment ia on ia.id = s.assessment_id
				       where ia.evaluation_id = e.id and s.set_at > c.closed_at
				         and ia.indicator_number = any(string_to_array(c.indicators, ',')::int[]))
				order by c.closed_at""",
				rs -> {
					into.add(Notice.of(NoticeKind.CLARIFICATION_ANSWERED,
							messages.get("notice.clarificationAnswered", rs.getString(2), rs.getString(3),
									rs.getString(4).replace(",", ", ")),
							"/evaluations/" + rs.getLong(1) + "/review", null, today));
				}, assessorId);
	}

	/** Sessions from now on (held_at is WIB wall-clock time), the soonest first. */
	private void sessions(long assessorId, LocalDateTime now, List<Notice> into) {
		jdbc.query("""
				select e.id, s.id, a.name, p.name, s.held_at, s.medium
				from interview_session s
				join assessor_assignment aa on aa.evaluation_id = s.evaluation_id and aa.assessor_id = ?
				join evaluation e on e.id = s.evaluation_id
				join agency a on a.id = e.agency_id
				join evaluation_period p on p.id = e.period_id
				where s.held_at >= ? and e.state not in ('SELF_ASSESSMENT', 'FINALISED')
				order by s.held_at, s.id
				limit ?""",
				rs -> {
					LocalDateTime at = rs.getObject(5, LocalDateTime.class);
					into.add(Notice.of(NoticeKind.INTERVIEW_SCHEDULED,
							messages.get("notice.interview", rs.getString(3), rs.getString(4), TIME.format(at),
									rs.getString(6)),
							"/evaluations/" + rs.getLong(1) + "/interviews/" + rs.getLong(2), at.toLocalDate(),
							now.toLocalDate()));
				}, assessorId, now, MAX_SESSIONS);
	}
}
