package id.spbe.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The database half of a backup, in plain PostgreSQL on one JDBC connection, so that it works the
 * same on the embedded server and an external one and needs no {@code pg_dump} on the machine:
 * every table of the application's schema as {@code COPY ... TO STDOUT} (text format, every type
 * exact), and the sequences' values. The schema itself is not copied: Flyway's migrations make it.
 */
final class DatabaseDump {

	private DatabaseDump() {
	}

	/**
	 * Tables that belong to running nodes, not to the data: Flyway's history (the restore's
	 * migrations write it), ShedLock's locks and the web sessions (people sign in again).
	 */
	static boolean isNodeState(String table) {
		return table.equals("flyway_schema_history") || table.equals("shedlock") || table.startsWith("spring_session");
	}

	/** Every table of the connection's schema, by name. */
	static List<String> tables(Connection c) throws SQLException {
		return strings(c, "select table_name from information_schema.tables where table_schema = current_schema()"
				+ " and table_type = 'BASE TABLE' order by table_name");
	}

	/** The tables a backup holds: all but the nodes' state. */
	static List<String> dataTables(Connection c) throws SQLException {
		return tables(c).stream().filter(t -> !isNodeState(t)).toList();
	}

	/** A table's columns in their order, without generated ones (PostgreSQL computes those). */
	static List<String> columns(Connection c, String table) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("select column_name from information_schema.columns"
				+ " where table_schema = current_schema() and table_name = ? and is_generated = 'NEVER'"
				+ " order by ordinal_position")) {
			s.setString(1, table);
			return strings(s);
		}
	}

	/** The newest schema version Flyway applied, such as {@code 18}. */
	static String schemaVersion(Connection c) throws SQLException {
		List<String> versions = strings(c, "select version from flyway_schema_history where success and version is not null"
				+ " order by installed_rank desc limit 1");
		if (versions.isEmpty()) {
			throw new BackupException("The database has no schema version: it is not this application's database.");
		}
		return versions.get(0);
	}

	/** The value of every sequence that has given one out. */
	static Map<String, Long> sequences(Connection c) throws SQLException {
		Map<String, Long> values = new LinkedHashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select sequencename, last_value"
				+ " from pg_sequences where schemaname = current_schema() and last_value is not null order by sequencename")) {
			while (rs.next()) {
				values.put(rs.getString(1), rs.getLong(2));
			}
		}
		return values;
	}

	/** Writes the table's rows to {@code out}; returns how many. */
	static long copyOut(Connection c, BackupManifest.Table table, OutputStream out) throws SQLException {
		try {
			return c.unwrap(PGConnection.class).getCopyAPI().copyOut(copy(table, "TO STDOUT"), out);
		}
		catch (java.io.IOException e) {
			throw new BackupException("Cannot write the rows of " + table.name() + ": " + e.getMessage(), e);
		}
	}

	/** Reads the table's rows from {@code in}; returns how many. */
	static long copyIn(Connection c, BackupManifest.Table table, InputStream in) throws SQLException {
		try {
			return c.unwrap(PGConnection.class).getCopyAPI().copyIn(copy(table, "FROM STDIN"), in);
		}
		catch (java.io.IOException e) {
			throw new BackupException("Cannot read the rows of " + table.name() + " from the backup: " + e.getMessage(), e);
		}
	}

	/** Sets each sequence to its value in the backup, so new rows do not reuse restored ids. */
	static void setSequences(Connection c, Map<String, Long> values) throws SQLException {
		try (PreparedStatement s = c.prepareStatement("select setval(quote_ident(?)::regclass, ?, true)")) {
			for (Map.Entry<String, Long> e : values.entrySet()) {
				s.setString(1, e.getKey());
				s.setLong(2, e.getValue());
				s.execute();
			}
		}
	}

	static void execute(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static String copy(BackupManifest.Table table, String direction) {
		List<String> columns = new ArrayList<>();
		for (String column : table.columns()) {
			columns.add(quote(column));
		}
		return "COPY " + quote(table.name()) + " (" + String.join(", ", columns) + ") " + direction;
	}

	/** A name as a quoted SQL identifier: names in a backup file are data, never SQL. */
	static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static List<String> strings(Connection c, String sql) throws SQLException {
		try (PreparedStatement s = c.prepareStatement(sql)) {
			return strings(s);
		}
	}

	private static List<String> strings(PreparedStatement s) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}
}
