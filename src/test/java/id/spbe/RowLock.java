package id.spbe;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * An evaluation's row held by another connection, as a long write would hold it, while a test's
 * request runs: the request must either finish without the lock or give up after the lock timeout.
 */
public final class RowLock {

	private RowLock() {
	}

	/** Runs {@code request} while the evaluation row is locked elsewhere, then releases the row. */
	public static <T> T whileHeld(DataSource dataSource, long evaluationId, Callable<T> request) throws Exception {
		try (Connection holder = dataSource.getConnection()) {
			holder.setAutoCommit(false);
			try (java.sql.Statement s = holder.createStatement()) {
				// the holder ends itself after 45 s, so that a request that waits without limit fails instead of hanging
				s.execute("set local idle_in_transaction_session_timeout = '45s'");
			}
			try (PreparedStatement s = holder.prepareStatement("select id from evaluation where id = ? for update")) {
				s.setLong(1, evaluationId);
				s.executeQuery().close();
			}
			try {
				return request.call();
			}
			finally {
				try {
					holder.rollback();
				}
				catch (SQLException ended) {
					// the holder's session ended on its own: its lock is gone all the same
				}
			}
		}
	}
}
