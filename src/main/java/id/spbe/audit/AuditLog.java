package id.spbe.audit;

import id.spbe.common.Wib;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit log: written only by the listener of {@link id.spbe.common.AuditEvent},
 * read filtered, newest first, a bounded page at a time or streamed for export. Plain SQL rather
 * than an entity: the rows are never loaded to be changed (the database refuses that anyway), and
 * the filters make one statement with only the conditions asked for.
 */
@Service
public class AuditLog {

	/** Rows per page. */
	public static final int PAGE_SIZE = 50;
	/**
	 * Deepest page: an offset walks the index up to there, so it stays cheap on millions of rows;
	 * further back, narrow the time range.
	 */
	public static final int MAX_PAGE = 200;
	/** Most rows one export holds (newest first); narrow the filter for older ones. */
	public static final int MAX_EXPORT = 100_000;

	private static final String COLUMNS = "select id, at, user_id, username, address, action, object_type, object_id,"
			+ " agency_id, detail from audit_log";

	private static final RowMapper<AuditEntry> ROW = AuditLog::entry;

	private final NamedParameterJdbcTemplate jdbc;

	AuditLog(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		// inside a transaction PostgreSQL then reads by cursor: an export never holds all its rows
		template.setFetchSize(500);
		this.jdbc = new NamedParameterJdbcTemplate(template);
	}

	/** One page of the filtered log, newest first. */
	@Transactional(readOnly = true)
	public AuditPage search(AuditFilter filter) {
		int page = Math.max(1, Math.min(filter.page(), MAX_PAGE));
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = COLUMNS + where(filter, params) + " order by at desc, id desc limit :limit offset :offset";
		params.addValue("limit", PAGE_SIZE + 1).addValue("offset", (page - 1) * PAGE_SIZE);
		List<AuditEntry> rows = new ArrayList<>(jdbc.query(sql, params, ROW));
		boolean more = rows.size() > PAGE_SIZE;
		return new AuditPage(more ? rows.subList(0, PAGE_SIZE) : rows, page, more && page < MAX_PAGE);
	}

	/**
	 * Hands every row of the filter (the page is ignored), newest first and at most
	 * {@link #MAX_EXPORT}, to {@code sink} as it is read.
	 *
	 * @return the number of rows handed over
	 */
	@Transactional(readOnly = true)
	public int export(AuditFilter filter, Consumer<AuditEntry> sink) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = COLUMNS + where(filter, params) + " order by at desc, id desc limit :limit";
		params.addValue("limit", MAX_EXPORT);
		int[] count = { 0 };
		jdbc.query(sql, params, rs -> {
			sink.accept(entry(rs, count[0]));
			count[0]++;
		});
		return count[0];
	}

	/** Appends a row; the caller has bounded every value. */
	void append(AuditEntry e) {
		jdbc.update("insert into audit_log (at, user_id, username, address, action, object_type, object_id,"
				+ " agency_id, detail) values (:at, :userId, :username, :address, :action, :objectType, :objectId,"
				+ " :agencyId, :detail)",
				new MapSqlParameterSource().addValue("at", utc(e.at())).addValue("userId", e.userId())
						.addValue("username", e.username()).addValue("address", e.address())
						.addValue("action", e.action()).addValue("objectType", e.objectType())
						.addValue("objectId", e.objectId()).addValue("agencyId", e.agencyId())
						.addValue("detail", e.detail()));
	}

	private static String where(AuditFilter f, MapSqlParameterSource params) {
		List<String> conditions = new ArrayList<>();
		if (f.username() != null) {
			conditions.add("lower(username) = lower(:username)");
			params.addValue("username", f.username());
		}
		if (f.agencyId() != null) {
			conditions.add("agency_id = :agencyId");
			params.addValue("agencyId", f.agencyId());
		}
		if (f.action() != null) {
			conditions.add("action = :action");
			params.addValue("action", f.action());
		}
		if (f.from() != null) {
			conditions.add("at >= :from");
			params.addValue("from", utc(f.from().atStartOfDay(Wib.ZONE).toInstant()));
		}
		if (f.to() != null) {
			conditions.add("at < :toExclusive");
			params.addValue("toExclusive", utc(f.to().plusDays(1).atStartOfDay(Wib.ZONE).toInstant()));
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
		return new AuditEntry(rs.getLong("id"), at, rs.getObject("user_id", Long.class), rs.getString("username"),
				rs.getString("address"), rs.getString("action"), rs.getString("object_type"),
				rs.getString("object_id"), rs.getObject("agency_id", Long.class), rs.getString("detail"));
	}
}
