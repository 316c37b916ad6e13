package id.spbe.user;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes expired page sessions from the database. Spring Session's own clean-up would run the
 * same DELETE every minute on every instance; this one runs under ShedLock, so one instance at a
 * time (its own job is turned off with {@code spring.session.jdbc.cleanup-cron=-}). An expired
 * session is refused when read whether or not it was deleted yet: this only keeps the table small.
 */
@Component
class SessionCleanup {

	/** Absent when the application runs without a web server (a command such as a backup). */
	private final ObjectProvider<JdbcIndexedSessionRepository> sessions;

	SessionCleanup(ObjectProvider<JdbcIndexedSessionRepository> sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "${spbe.session.cleanup-cron:0 */10 * * * *}")
	@SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
	public void run() {
		sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions);
	}
}
