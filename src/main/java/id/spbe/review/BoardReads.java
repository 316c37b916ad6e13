package id.spbe.review;

import id.spbe.evaluation.ChangeView;
import id.spbe.evaluation.ClarificationView;
import id.spbe.evaluation.EventView;
import id.spbe.evaluation.TeamChangeView;
import id.spbe.evaluation.TeamMember;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the review pages show beside the worksheet, read in ONE SQL statement (issue 14: the review
 * pages had 20 and 31 statements, one per list and per session): the team, the workflow events,
 * the team's changes, the clarifications, the interview sessions with their attendees and notes,
 * one indicator's history and item judgements, and the names of everyone shown. Each list is a
 * {@code json_agg} subquery of one select, mapped onto the same view records the entities make
 * (the column names are the record components'), so pages read exactly what the per-table reads
 * gave. A read model over the evaluation, review and user tables like {@code notice}'s; callers
 * have checked that the user may see the evaluation.
 */
@Component
class BoardReads {

	/** An instant as JSON in UTC with a Z, which the record's {@code Instant} reads whatever the session's time zone. */
	private static String instant(String column) {
		return "to_char(" + column + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
	}

	private static final String SQL = """
			with team as (select assessor_id, lead, assigned_at, id from assessor_assignment where evaluation_id = :id),
			events as (select * from evaluation_event where evaluation_id = :id),
			changes as (select * from team_change where evaluation_id = :id),
			clarifications as (select * from clarification where evaluation_id = :id),
			history as (select c.* from score_change c where c.assessment_id = :assessment),
			shown as (select unnest(cast(:users as bigint[])) as id
			          union select actor_id from events
			          union select actor_id from changes union select assessor_id from changes
			          union select closed_by from clarifications
			          union select changed_by from history)
			select
			 (select json_agg(json_build_object('assessorId', assessor_id, 'lead', lead, 'assignedAt', %s)
			         order by lead desc, id) from team) as team,
			 (select json_agg(json_build_object('at', %s, 'actorId', actor_id, 'from', from_state, 'to', to_state,
			         'action', action, 'note', note) order by at, id) from events) as events,
			 (select json_agg(json_build_object('at', %s, 'actorId', actor_id, 'assessorId', assessor_id, 'kind', kind)
			         order by at, id) from changes) as changes,
			 (select json_agg(json_build_object('id', id, 'evaluationId', evaluation_id,
			         'indicators', cast(string_to_array(indicators, ',') as int[]), 'message', message, 'deadline', deadline,
			         'requestedBy', requested_by, 'requestedAt', %s, 'closedBy', closed_by, 'closedAt', %s, 'answer', answer)
			         order by requested_at desc, id desc) from clarifications) as clarifications,
			 (select json_agg(json_build_object('id', s.id, 'evaluationId', s.evaluation_id, 'heldAt', s.held_at,
			         'place', s.place, 'medium', s.medium, 'meetingLink', s.meeting_link, 'findings', s.findings,
			         'recommendations', s.recommendations, 'createdBy', s.created_by,
			         'attendees', coalesce((select json_agg(json_build_object('side', a.side, 'name', a.name,
			             'position', a.position, 'nip', a.nip) order by a.ordinal) from interview_attendee a
			             where a.session_id = s.id), '[]'),
			         'notes', coalesce((select json_agg(json_build_object('number', n.indicator_number, 'note', n.note)
			             order by n.indicator_number) from interview_note n where n.session_id = s.id), '[]'))
			         order by s.held_at, s.id) from interview_session s where s.evaluation_id = :id) as sessions,
			 (select json_agg(json_build_object('stage', stage, 'field', field, 'oldValue', old_value,
			         'newValue', new_value, 'changedBy', changed_by, 'at', %s) order by changed_at desc, id desc)
			         from history) as history,
			 (select json_agg(json_build_object('code', item_code, 'status', status, 'reason', reason, 'note', note,
			         'reviewedBy', reviewed_by, 'reviewedAt', %s)) from evidence_item_review
			         where assessment_id = :assessment) as items,
			 (select json_object_agg(u.id, u.full_name) from user_account u where u.id in (select id from shown)) as names
			""".formatted(instant("assigned_at"), instant("at"), instant("at"), instant("requested_at"),
			instant("closed_at"), instant("changed_at"), instant("reviewed_at"));

	/**
	 * The board's lists; {@code history} and {@code items} are the one indicator's (empty for the
	 * overview), {@code names} every name the lists and the given users need.
	 */
	record Lists(List<TeamMember> team, List<EventView> events, List<TeamChangeView> teamChanges,
			List<ClarificationView> clarifications, List<SessionView> sessions, List<ChangeView> history,
			Map<String, ItemReviewView> items, Map<Long, String> names) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final JsonMapper json;

	BoardReads(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Reads the lists of an evaluation in one statement.
	 *
	 * @param assessmentId the entry whose history and item judgements to read, or null for none
	 * @param users        more users to name (who set stage values, who judged evidence)
	 */
	Lists read(long evaluationId, Long assessmentId, Collection<Long> users) {
		MapSqlParameterSource params = new MapSqlParameterSource("id", evaluationId)
				.addValue("assessment", assessmentId == null ? -1L : assessmentId)
				.addValue("users", "{" + String.join(",", users.stream().filter(java.util.Objects::nonNull).distinct()
						.map(String::valueOf).toList()) + "}");
		return jdbc.queryForObject(SQL, params, (rs, n) -> {
			Map<String, ItemReviewView> items = new HashMap<>();
			list(rs.getString("items"), new TypeReference<List<ItemReviewView>>() {
			}).forEach(i -> items.put(i.code(), i));
			Map<Long, String> names = new HashMap<>();
			String namesJson = rs.getString("names");
			if (namesJson != null) {
				json.readValue(namesJson, new TypeReference<Map<String, String>>() {
				}).forEach((id, name) -> names.put(Long.valueOf(id), name));
			}
			return new Lists(list(rs.getString("team"), new TypeReference<List<TeamMember>>() {
			}), list(rs.getString("events"), new TypeReference<List<EventView>>() {
			}), list(rs.getString("changes"), new TypeReference<List<TeamChangeView>>() {
			}), list(rs.getString("clarifications"), new TypeReference<List<ClarificationView>>() {
			}), list(rs.getString("sessions"), new TypeReference<List<SessionView>>() {
			}), list(rs.getString("history"), new TypeReference<List<ChangeView>>() {
			}), items, names);
		});
	}

	private <T> List<T> list(String text, TypeReference<List<T>> type) {
		return text == null ? List.of() : List.copyOf(json.readValue(text, type));
	}
}
