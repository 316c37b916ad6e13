package id.spbe.notice;

import id.spbe.common.Messages;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits for an agency user, read for the user's own agency only ({@code e.agency_id} is the
 * user's, in every statement): open clarifications, evidence in revision on the indicators sent
 * back, entries assigned to the user and not filled, and for the coordinator entries waiting for
 * approval. Three statements, whatever the number of evaluations and indicators.
 *
 * <p>Evidence in revision reads the assessors' raw status ({@code evidence_item_review} and, on
 * instruments without items, {@code evidence_use}) and only on indicators of an open
 * clarification: that is what the agency may see before finalisation and the only time it can act.
 */
@Component
class AgencyNotices {

	/** Both clarification states: an open clarification exists only in them. */
	private static final String CLARIFICATION_STATES = "('DOCUMENT_REVIEW_CLARIFICATION', 'INTERVIEW_CLARIFICATION')";
	private static final String CLARIFIED = "ia.indicator_number = any(string_to_array(c.indicators, ',')::int[])";

	private final JdbcTemplate jdbc;
	private final Messages messages;

	AgencyNotices(JdbcTemplate jdbc, Messages messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	List<Notice> read(CurrentUser user, LocalDate today) {
		List<Notice> notices = new ArrayList<>();
		clarifications(user.getAgencyId(), today, notices);
		revisions(user.getAgencyId(), today, notices);
		entries(user, today, notices);
		return notices;
	}

	private void clarifications(long agencyId, LocalDate today, List<Notice> into) {
		jdbc.query("""
				select e.id, p.name, c.indicators, c.deadline
				from clarification c
				join evaluation e on e.id = c.evaluation_id
				join evaluation_period p on p.id = e.period_id
				where e.agency_id = ? and c.closed_at is null and c.deadline >= ? and e.state in """ + CLARIFICATION_STATES
				+ " order by c.deadline, e.id",
				rs -> {
					into.add(Notice.of(NoticeKind.CLARIFICATION_OPEN,
							messages.get("notice.clarificationOpen", rs.getString(2), rs.getString(3).replace(",", ", ")),
							"/evaluations/" + rs.getLong(1), rs.getObject(4, LocalDate.class), today));
				}, agencyId, today);
	}

	private void revisions(long agencyId, LocalDate today, List<Notice> into) {
		jdbc.query("""
				select x.evaluation_id, x.indicator_number, x.period, x.deadline, sum(x.n)
				from (
				  select ia.evaluation_id, ia.indicator_number, p.name as period, c.deadline, count(*) as n
				  from evidence_item_review r
				  join indicator_assessment ia on ia.id = r.assessment_id
				  join evaluation e on e.id = ia.evaluation_id
				  join evaluation_period p on p.id = e.period_id
				  join clarification c on c.evaluation_id = e.id and c.closed_at is null
				  where e.agency_id = ? and r.status = 'NEEDS_REVISION' and c.deadline >= ? and %1$s
				  group by 1, 2, 3, 4
				  union all
				  select ia.evaluation_id, ia.indicator_number, p.name, c.deadline, count(*)
				  from evidence_use u
				  join indicator_assessment ia on ia.id = u.assessment_id
				  join evaluation e on e.id = ia.evaluation_id
				  join evaluation_period p on p.id = e.period_id
				  join clarification c on c.evaluation_id = e.id and c.closed_at is null
				  where e.agency_id = ? and u.review_status = 'NEEDS_REVISION' and c.deadline >= ? and %1$s
				  group by 1, 2, 3, 4
				) x
				group by 1, 2, 3, 4
				order by x.deadline, 1, 2""".formatted(CLARIFIED),
				rs -> {
					into.add(Notice.of(NoticeKind.ITEMS_IN_REVISION,
							messages.get("notice.itemsInRevision", rs.getLong(5), rs.getInt(2), rs.getString(3)),
							"/evaluations/" + rs.getLong(1) + "/indicators/" + rs.getInt(2),
							rs.getObject(4, LocalDate.class), today));
				}, agencyId, today, agencyId, today);
	}

	/**
	 * Entries of evaluations in self-assessment whose window has not closed (an extension counts):
	 * assigned to the user, or to the user's unit with no person named (as the overview's "my
	 * indicators"), without a level or a justification; and filled but not approved.
	 */
	private void entries(CurrentUser user, LocalDate today, List<Notice> into) {
		boolean coordinator = user.getRole() == Role.AGENCY_COORDINATOR;
		jdbc.query("""
				select e.id, p.name, coalesce(e.window_extended_until, p.self_assessment_end) as last_day,
				  count(*) filter (where (ia.assignee_user_id = ?
				      or (ia.assignee_user_id is null and ia.assignee_unit_id = cast(? as bigint)))
				    and (s.value is null or nullif(btrim(ia.justification), '') is null)) as to_fill,
				  count(*) filter (where s.value is not null and nullif(btrim(ia.justification), '') is not null
				    and ia.approved_by is null) as to_approve
				from evaluation e
				join evaluation_period p on p.id = e.period_id
				join indicator_assessment ia on ia.evaluation_id = e.id
				left join stage_score s on s.assessment_id = ia.id and s.stage = 'SELF'
				where e.agency_id = ? and e.state = 'SELF_ASSESSMENT'
				  and (coalesce(e.window_extended_until, p.self_assessment_end) is null
				       or coalesce(e.window_extended_until, p.self_assessment_end) >= ?)
				group by e.id, p.name, last_day
				order by last_day, e.id""",
				rs -> {
					long id = rs.getLong(1);
					LocalDate lastDay = rs.getObject(3, LocalDate.class);
					long toFill = rs.getLong(4);
					long toApprove = rs.getLong(5);
					if (toFill > 0) {
						into.add(Notice.of(NoticeKind.ENTRIES_TO_FILL,
								messages.get("notice.entriesToFill", toFill, rs.getString(2)),
								"/evaluations/" + id + "?mine=true", lastDay, today));
					}
					if (coordinator && toApprove > 0) {
						into.add(Notice.of(NoticeKind.ENTRIES_TO_APPROVE,
								messages.get("notice.entriesToApprove", toApprove, rs.getString(2)),
								"/evaluations/" + id, lastDay, today));
					}
				}, user.getId(), user.getUnitId(), user.getAgencyId(), today);
	}
}
