package id.spbe.notification;

import id.spbe.common.AuditEvent;
import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Set;
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

	static final int MAX_EMAIL = 254;
	static final Set<String> LANGUAGES = Set.of("id", "en");

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
	 * Stores the settings after checking them: an address of at most 254 characters that parses
	 * strictly as one plain address (no name, no list, no line break) or blank for none, and a
	 * language {@code id} or {@code en}.
	 *
	 * @throws RuleViolationException BAD_INPUT {@code mail.error.email} or {@code mail.error.language}
	 */
	@Transactional
	View change(long userId, String email, String language, boolean deadlinesOnly) {
		String address = address(email);
		String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(lang)) {
			throw RuleViolationException.badInput("mail.error.language");
		}
		jdbc.update("update user_account set email = ?, preferred_language = ?, mail_deadlines_only = ? where id = ?",
				address, lang, deadlinesOnly, userId);
		publisher.publishEvent(AuditEvent.of("MAIL_SETTINGS_CHANGED", "user", userId, null,
				"email " + (address == null ? "-" : address) + ", language " + lang + ", deadlines only " + deadlinesOnly));
		return new View(address, lang, deadlinesOnly);
	}

	static String address(String typed) {
		String v = typed == null ? null : typed.strip();
		if (v == null || v.isEmpty()) {
			return null;
		}
		if (Texts.length(v) > MAX_EMAIL || !v.equals(Texts.line(v)) || v.contains(" ")) {
			throw RuleViolationException.badInput("mail.error.email", MAX_EMAIL);
		}
		try {
			InternetAddress parsed = new InternetAddress(v, true);
			parsed.validate();
			if (!v.equals(parsed.getAddress()) || !v.contains("@") || parsed.getPersonal() != null) {
				throw RuleViolationException.badInput("mail.error.email", MAX_EMAIL);
			}
		}
		catch (AddressException e) {
			throw RuleViolationException.badInput("mail.error.email", MAX_EMAIL);
		}
		return v;
	}
}
