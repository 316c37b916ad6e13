package id.spbe.instrument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which evaluation periods use which instrument version. Read with SQL on
 * {@code evaluation_period.instrument_id} because {@code instrument} depends on no other module
 * (ArchitectureTest); the foreign key there also stops a used version from being deleted.
 */
@Component
class PeriodUse {

	private final JdbcTemplate jdbc;

	PeriodUse(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Period names by instrument id, every used version. */
	Map<Long, List<String>> all() {
		Map<Long, List<String>> names = new HashMap<>();
		jdbc.query("select instrument_id, name from evaluation_period order by year, name", rs -> {
			names.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
		});
		return names;
	}

	/** Serialises new versions of one code: the next number is read and used under the lock. */
	interface CodeLock {
		void lock(String code);
	}

	CodeLock codeLock() {
		// ended with the transaction; the JPA transaction's connection is the one JdbcTemplate uses
		return code -> jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))::text", String.class, code);
	}

	List<String> of(long instrumentId) {
		return jdbc.queryForList("select name from evaluation_period where instrument_id = ? order by year, name",
				String.class, instrumentId);
	}
}
