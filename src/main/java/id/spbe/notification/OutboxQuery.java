package id.spbe.notification;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Wib;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as administrators read it (page and {@code GET /api/outbox}): newest first, 50 a
 * page, optionally one status; the body is shown, the attachment only named.
 */
@Component
class OutboxQuery {

	static final int PAGE_SIZE = 50;
	static final int MAX_PAGE = 200;

	private final JdbcTemplate jdbc;

	OutboxQuery(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One message; times in WIB. */
	record Entry(long id, LocalDateTime createdAt, String kind, Long evaluationId, Long userId, String recipient,
			String recipientName, String language, String subject, String body, String attachment, String status,
			int attempts, String lastError, LocalDateTime nextAttemptAt, LocalDateTime sentAt) {

		public boolean failed() {
			return "FAILED".equals(status) || "SKIPPED".equals(status);
		}

		/**
		 * Why a message was skipped, as the tail of its message key {@code outbox.skipped.*}, for pages
		 * in the reader's language (the stored reason is English, for the API and logs); null when it
		 * was not skipped for a known reason.
		 */
		public String skipReason() {
			if (!"SKIPPED".equals(status)) {
				return null;
			}
			return Outbox.NO_ADDRESS.equals(lastError) ? "noAddress" : Outbox.TURNED_OFF.equals(lastError) ? "turnedOff" : null;
		}
	}

	record Page(List<Entry> entries, int page, int pageSize, boolean hasNext, String status) {
	}

	/**
	 * @param status null or blank for all, else a status name (any case)
	 * @param page from 1, null for 1
	 * @throws RuleViolationException BAD_INPUT {@code mail.error.parameter} naming the parameter
	 */
	Page search(String status, String page) {
		OutboxStatus chosen = status(status);
		int p = page(page);
		String where = chosen == null ? "" : " where status = '" + chosen.name() + "'";
		List<Entry> rows = jdbc.query("""
				select id, created_at, kind, evaluation_id, user_id, recipient, recipient_name, language, subject, body,
				attachment_name, status, attempts, last_error, next_attempt_at, sent_at from mail_outbox""" + where
				+ " order by created_at desc, id desc limit ? offset ?", (rs, i) -> new Entry(rs.getLong(1), wib(rs.getTimestamp(2)),
						rs.getString(3), (Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6), rs.getString(7),
						rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getInt(13),
						rs.getString(14), wib(rs.getTimestamp(15)), wib(rs.getTimestamp(16))),
				PAGE_SIZE + 1, (p - 1) * PAGE_SIZE);
		boolean more = rows.size() > PAGE_SIZE;
		return new Page(more ? rows.subList(0, PAGE_SIZE) : rows, p, PAGE_SIZE, more, chosen == null ? null : chosen.name());
	}

	private static OutboxStatus status(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return OutboxStatus.valueOf(typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolationException.badInput("mail.error.parameter", "status");
		}
	}

	private static int page(String typed) {
		if (typed == null || typed.isBlank()) {
			return 1;
		}
		String v = typed.strip();
		if (v.length() > 3 || !v.chars().allMatch(Character::isDigit)) {
			throw RuleViolationException.badInput("mail.error.parameter", "page");
		}
		int p = Integer.parseInt(v);
		if (p < 1 || p > MAX_PAGE) {
			throw RuleViolationException.badInput("mail.error.parameter", "page");
		}
		return p;
	}

	private static LocalDateTime wib(Timestamp at) {
		return at == null ? null : Wib.of(at.toInstant());
	}
}
