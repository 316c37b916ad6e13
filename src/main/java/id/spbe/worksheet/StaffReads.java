package id.spbe.worksheet;

import id.spbe.agency.UnitView;
import id.spbe.user.UserView;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An agency's logins and units, read in ONE SQL statement: every worksheet page names the
 * assignees and the overview offers them for assignment, and two reads (one per table) put the
 * agency's Pemdi overview over the 10 statements issue 14 allows. Each list is a {@code json_agg}
 * subquery mapped onto the view records the user and agency modules make (the JSON keys are the
 * record components), in their order (by name), as review's {@code BoardReads} does for the
 * review board. A read model over the user and agency tables; callers have checked that the user
 * may see the agency's evaluation.
 */
@Component
class StaffReads {

	private static final String SQL = """
			select
			 (select json_agg(json_build_object('id', id, 'username', username, 'fullName', full_name, 'role', role,
			         'agencyId', agency_id, 'unitId', unit_id, 'enabled', enabled, 'email', email,
			         'language', preferred_language) order by full_name, id)
			         from user_account where agency_id = :agency) as users,
			 (select json_agg(json_build_object('id', id, 'agencyId', agency_id, 'name', name, 'active', active)
			         order by name, id) from agency_unit where agency_id = :agency) as units
			""";

	/** The agency's logins (inactive ones too) and units (inactive ones too), each by name. */
	record Staff(List<UserView> users, List<UnitView> units) {
	}

	private final NamedParameterJdbcTemplate jdbc;
	private final JsonMapper json;

	StaffReads(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Staff of(long agencyId) {
		return jdbc.queryForObject(SQL, new MapSqlParameterSource("agency", agencyId),
				(rs, n) -> new Staff(list(rs.getString("users"), new TypeReference<List<UserView>>() {
				}), list(rs.getString("units"), new TypeReference<List<UnitView>>() {
				})));
	}

	private <T> List<T> list(String text, TypeReference<List<T>> type) {
		return text == null ? List.of() : List.copyOf(json.readValue(text, type));
	}
}
