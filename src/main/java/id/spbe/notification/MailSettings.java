package id.spbe.notification;

import id.spbe.common.AuditEvent;
import id.spbe.common.EmailAddress;
import id.spbe.common.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own e-mail settings (columns of {@code user_account} this module owns, V18): address,
 * language of messages, and "deadline reminders only". Every method takes the signed-in user's id
 * from the caller's principal, never from the request, so nobody changes another's settings.
 */
@Service
class MailSettings {

	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher publisher;

	MailSettings(JdbcTemplate jdbc, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.publisher = publisher;
	}

	/** A user's settings; {@code email} null when none. */
	record View(String email, String language, boolean deadlinesOnly) {
	}

	@Transactional(readOnly = true)
	View get(long userId) {
		return jdbc.queryForObject("select email, preferred_language, mail_deadlines_only from user_account where id = ?",
				(rs, i) -> new View(rs.getString(1), rs.getString(2), rs.getBoolean(3)), userId);
	}

	/**
	 * Stores the settings after checking them by {@link EmailAddress} (the rule the administrators'
	 * user form shares): one plain address or blank for none, and a language {@code id} or {@code en}.
	 *
	 * @throws RuleViolationException BAD_INPUT {@code mail.error.email} or {@code mail.error.language}
	 */
	@Transactional
	View change(long userId, String email, String language, boolean deadlinesOnly) {
		String address = EmailAddress.clean(email);
		String lang = EmailAddress.language(language);
		jdbc.update("update user_account set email = ?, preferred_language = ?, mail_deadlines_only = ? where id = ?",
				address, lang, deadlinesOnly, userId);
		publisher.publishEvent(AuditEvent.of("MAIL_SETTINGS_CHANGED", "user", userId, null,
				"email " + (address == null ? "-" : address) + ", language " + lang + ", deadlines only " + deadlinesOnly));
		return new View(address, lang, deadlinesOnly);
	}
}
