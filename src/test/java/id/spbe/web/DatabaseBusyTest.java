package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionSystemException;

/** Which database failures are "busy, try again": PostgreSQL's lock and statement timeouts, however wrapped. */
class DatabaseBusyTest {

	@Test
	void lockAndStatementTimeoutsAreBusyWhereverTheyAreInTheCauseChain() {
		assertThat(DatabaseBusy.is(new CannotAcquireLockException("lock", new SQLException("lock timeout", "55P03")))).isTrue();
		assertThat(DatabaseBusy.is(new QueryTimeoutException("slow", new RuntimeException(
				new SQLException("canceling statement due to statement timeout", "57014"))))).isTrue();
		assertThat(DatabaseBusy.is(new TransactionSystemException("commit",
				new jakarta.persistence.PersistenceException(new SQLException("x", "55P03"))))).isTrue();
	}

	@Test
	void otherDatabaseFailuresAreNot() {
		assertThat(DatabaseBusy.is(new DataIntegrityViolationException("dup", new SQLException("duplicate", "23505")))).isFalse();
		assertThat(DatabaseBusy.is(new IllegalStateException("no cause"))).isFalse();
	}
}
