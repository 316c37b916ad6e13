package id.spbe.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes messages to {@code mail_outbox} in the caller's transaction, so a message exists exactly
 * when the action that caused it committed; the sender gets the new ids only after the commit, on
 * its own threads, so sending never delays or fails the action. Without SMTP a message is KEPT; a
 * recipient without an address, or one who turned off e-mail other than deadline reminders, is
 * SKIPPED with the reason, so administrators see who was not reached.
 */
@Component
class Outbox {

	static final String NO_ADDRESS = "no e-mail address";
	static final String TURNED_OFF = "e-mail other than deadline reminders turned off";

	private final JdbcTemplate jdbc;
	private final MailTransport transport;
	private final OutboxSender sender;
	private final Clock clock;

	Outbox(JdbcTemplate jdbc, MailTransport transport, OutboxSender sender, Clock clock) {
		this.jdbc = jdbc;
		this.transport = transport;
		this.sender = sender;
		this.clock = clock;
	}

	/** Writes the letters; a letter whose dedup key is already stored is left out. Answers how many were written. */
	int add(List<Letter> letters) {
		List<Long> toSend = new ArrayList<>();
		int written = 0;
		for (Letter letter : letters) {
			Long id = insert(letter);
			written += id == null ? 0 : 1;
			if (id != null && status(letter) == OutboxStatus.PENDING) {
				toSend.add(id);
			}
		}
		if (toSend.isEmpty()) {
			return written;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sender.dispatch(toSend);
				}
			});
		}
		else {
			sender.dispatch(toSend);
		}
		return written;
	}

	private OutboxStatus status(Letter letter) {
		if (letter.to().email() == null) {
			return OutboxStatus.SKIPPED;
		}
		if (letter.to().deadlinesOnly() && !letter.kind().isReminder()) {
			return OutboxStatus.SKIPPED;
		}
		return transport.enabled() ? OutboxStatus.PENDING : OutboxStatus.KEPT;
	}

	private Long insert(Letter l) {
		OutboxStatus status = status(l);
		String reason = status != OutboxStatus.SKIPPED ? null : l.to().email() == null ? NO_ADDRESS : TURNED_OFF;
		Timestamp now = Timestamp.from(clock.instant());
		Letter.Attachment a = l.attachment();
		List<Long> ids = jdbc.queryForList("""
				insert into mail_outbox (created_at, kind, evaluation_id, user_id, recipient, recipient_name, language,
				    subject, body, attachment_name, attachment_type, attachment, status, last_error, next_attempt_at, dedup_key)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (dedup_key) do nothing returning id""", Long.class, now, l.kind().name(), l.evaluationId(),
				l.to().userId(), l.to().email(), HeaderText.of(l.to().name(), HeaderText.NAME), l.to().locale().getLanguage(),
				HeaderText.of(l.subject(), HeaderText.SUBJECT), l.body(), a == null ? null : a.name(),
				a == null ? null : a.contentType(), a == null ? null : a.content(), status.name(), reason,
				status == OutboxStatus.PENDING ? now : null, l.dedupKey());
		return ids.isEmpty() ? null : ids.get(0);
	}
}
