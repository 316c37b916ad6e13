package id.spbe.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends PENDING messages: right after the commit that wrote them (on two threads of its own), and
 * by a scheduled retry of those due, with backoff (1 minute, doubling, at most 6 hours) for
 * {@link #MAX_ATTEMPTS} attempts. A message is claimed with one conditional UPDATE before it is
 * sent (SENDING with a lease), so two threads or two application instances never send it twice;
 * a claim left by a crashed instance expires with its lease and the message is tried again.
 */
@Component
class OutboxSender implements DisposableBean {

	static final int MAX_ATTEMPTS = 8;
	private static final Duration LEASE = Duration.ofMinutes(5);
	private static final Duration FIRST_BACKOFF = Duration.ofMinutes(1);
	private static final Duration MAX_BACKOFF = Duration.ofHours(6);
	private static final int MAX_ERROR = 1000;
	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private final JdbcTemplate jdbc;
	private final MailTransport transport;
	private final Clock clock;
	private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
		Thread t = new Thread(r, "mail-sender");
		t.setDaemon(true);
		return t;
	});

	OutboxSender(JdbcTemplate jdbc, MailTransport transport, Clock clock) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.clock = clock;
	}

	/** Sends the messages on the sender's threads; returns at once. */
	void dispatch(List<Long> ids) {
		threads.submit(() -> ids.forEach(id -> trySend(id, clock.instant())));
	}

	/**
	 * Every message due by the clock: the scheduled retry. Each message's claim already keeps it to
	 * one sender; the lock keeps the whole run to one instance at a time, so several instances do
	 * not all query and race for the same due messages.
	 */
	@Scheduled(fixedDelayString = "${spbe.mail.retry-delay:PT1M}", initialDelayString = "${spbe.mail.retry-delay:PT1M}")
	@SchedulerLock(name = "outbox-retry", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
	public void retryDue() {
		retryDue(clock.instant());
	}

	/** Tries every message due at {@code now}; answers how many were sent. */
	int retryDue(Instant now) {
		if (!transport.enabled()) {
			return 0;
		}
		List<Long> due = jdbc.queryForList("""
				select id from mail_outbox where status in ('PENDING', 'SENDING', 'FAILED') and next_attempt_at <= ?
				order by next_attempt_at limit 200""", Long.class, Timestamp.from(now));
		int sent = 0;
		for (long id : due) {
			sent += trySend(id, now) ? 1 : 0;
		}
		return sent;
	}

	private boolean trySend(long id, Instant now) {
		List<MailTransport.StoredMail> claimed = jdbc.query("""
				update mail_outbox set status = 'SENDING', attempts = attempts + 1, next_attempt_at = ?
				where id = ? and status in ('PENDING', 'SENDING', 'FAILED') and next_attempt_at <= ?
				returning id, recipient, recipient_name, subject, body, attachment_name, attachment_type, attachment, attempts""",
				(rs, i) -> new MailTransport.StoredMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8), rs.getInt(9)),
				Timestamp.from(now.plus(LEASE)), id, Timestamp.from(now));
		if (claimed.isEmpty()) {
			return false;
		}
		MailTransport.StoredMail mail = claimed.get(0);
		try {
			transport.send(mail);
			jdbc.update("update mail_outbox set status = 'SENT', sent_at = ?, next_attempt_at = null, last_error = null where id = ?",
					Timestamp.from(clock.instant()), id);
			return true;
		}
		catch (Exception e) {
			Instant next = mail.attempts() >= MAX_ATTEMPTS ? null : now.plus(backoff(mail.attempts()));
			jdbc.update("update mail_outbox set status = 'FAILED', last_error = ?, next_attempt_at = ? where id = ?",
					error(e), next == null ? null : Timestamp.from(next), id);
			log.warn("Mail {} not sent (attempt {}): {}", id, mail.attempts(), error(e));
			return false;
		}
	}

	static Duration backoff(int attempts) {
		Duration d = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempts - 1, 20));
		return d.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : d;
	}

	private static String error(Exception e) {
		StringBuilder text = new StringBuilder();
		for (Throwable t = e; t != null && text.length() < MAX_ERROR; t = t.getCause()) {
			text.append(text.isEmpty() ? "" : " / ").append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
		}
		return HeaderText.of(text.toString(), MAX_ERROR);
	}

	@Override
	public void destroy() {
		threads.shutdownNow();
	}
}
