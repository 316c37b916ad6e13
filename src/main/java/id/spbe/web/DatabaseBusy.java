package id.spbe.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a write given up because PostgreSQL's lock or statement timeout (set on every
 * connection, see README "Limits") ran out: the evaluation was held by another request, or the
 * database was too slow. That is "busy, try again" for the user, not a server fault, so it is
 * found by the SQL state anywhere in the cause chain, whatever layer wrapped it.
 */
final class DatabaseBusy {

	/** lock_not_available (lock_timeout) and query_canceled (statement_timeout). */
	static final Set<String> SQL_STATES = Set.of("55P03", "57014");

	/** Answer to send with the refusal: a lock wait ends within seconds. */
	static final String RETRY_AFTER_SECONDS = "5";

	private DatabaseBusy() {
	}

	static boolean is(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && SQL_STATES.contains(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
