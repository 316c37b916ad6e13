package id.spbe.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who is mailed, read with SQL from the user, team and entry tables (like the dashboard's read
 * model), since those modules expose their people one evaluation page at a time. Only active
 * accounts; each user once however many ways they qualify.
 */
@Component
class Recipients {

	private static final String COLUMNS = "u.id, u.full_name, u.email, u.preferred_language, u.mail_deadlines_only";

	private final JdbcTemplate jdbc;

	Recipients(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The agency's coordinators. */
	List<Recipient> coordinators(long agencyId) {
		return jdbc.query("select " + COLUMNS + " from user_account u where u.agency_id = ? and u.role = 'AGENCY_COORDINATOR'"
				+ " and u.enabled order by u.id", Recipients::row, agencyId);
	}

	/** Everyone of the agency (coordinators and operators). */
	List<Recipient> agencyStaff(long agencyId) {
		return jdbc.query("select " + COLUMNS + " from user_account u where u.agency_id = ? and u.enabled order by u.id",
				Recipients::row, agencyId);
	}

	/** Those assigned the indicators, in person or through their unit (OPD). */
	List<Recipient> assignees(long evaluationId, Collection<Integer> numbers) {
		return jdbc.query("select distinct " + COLUMNS + " " + """
				from indicator_assessment ia join evaluation e on e.id = ia.evaluation_id
				join user_account u on u.id = ia.assignee_user_id
				    or (ia.assignee_unit_id is not null and u.unit_id = ia.assignee_unit_id and u.agency_id = e.agency_id)
				where ia.evaluation_id = ? and ia.indicator_number = any(?) and u.enabled order by u.id""",
				Recipients::row, evaluationId, numbers.toArray(Integer[]::new));
	}

	/** The evaluation's assessor team. */
	List<Recipient> team(long evaluationId) {
		return jdbc.query("select " + COLUMNS + " from assessor_assignment a join user_account u on u.id = a.assessor_id"
				+ " where a.evaluation_id = ? and u.enabled order by u.id", Recipients::row, evaluationId);
	}

	/** Accounts whose name (ignoring case) is one of {@code names}: the agency's staff or assessors. */
	List<Recipient> named(long agencyId, Collection<String> names) {
		if (names.isEmpty()) {
			return List.of();
		}
		return jdbc.query("select " + COLUMNS + " from user_account u where lower(u.full_name) = any(?) and u.enabled"
				+ " and (u.agency_id = ? or u.role = 'ASSESSOR') order by u.id", Recipients::row,
				names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new), agencyId);
	}

	/** The lists joined, each user once, without {@code exceptUserId} (the one who acted). */
	@SafeVarargs
	static List<Recipient> union(Long exceptUserId, List<Recipient>... lists) {
		Map<Long, Recipient> all = new LinkedHashMap<>();
		for (List<Recipient> list : lists) {
			list.forEach(r -> all.putIfAbsent(r.userId(), r));
		}
		if (exceptUserId != null) {
			all.remove(exceptUserId);
		}
		return new ArrayList<>(all.values());
	}

	private static Recipient row(ResultSet rs, int i) throws SQLException {
		String email = rs.getString("email");
		return new Recipient(rs.getLong("id"), rs.getString("full_name"), email == null || email.isBlank() ? null : email,
				Locale.forLanguageTag(rs.getString("preferred_language")), rs.getBoolean("mail_deadlines_only"));
	}
}
