package id.spbe.common;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for a person's e-mail address and the language of their messages, used by
 * everyone's own settings (notification) and by the administrators' user form, API and CSV import
 * (user): an address must be one plain address that Jakarta Mail parses strictly, because it goes
 * into a message header, where a line break, a second address or a display name would change who
 * receives the message.
 */
public final class EmailAddress {

	/** Longest accepted address (RFC 5321's path limit), and the column's length. */
	public static final int MAX_LENGTH = 254;
	/** The languages messages are written in. */
	public static final Set<String> LANGUAGES = Set.of("id", "en");

	private EmailAddress() {
	}

	/**
	 * The typed address as stored: stripped, null when blank.
	 *
	 * @throws RuleViolationException BAD_INPUT {@code mail.error.email} for anything but one plain
	 *         address of at most {@value #MAX_LENGTH} characters (no name, no list, no line break)
	 */
	public static String clean(String typed) {
		String v = typed == null ? null : typed.strip();
		if (v == null || v.isEmpty()) {
			return null;
		}
		if (Texts.length(v) > MAX_LENGTH || !v.equals(Texts.line(v)) || v.contains(" ")) {
			throw invalid();
		}
		try {
			InternetAddress parsed = new InternetAddress(v, true);
			parsed.validate();
			if (!v.equals(parsed.getAddress()) || !v.contains("@") || parsed.getPersonal() != null) {
				throw invalid();
			}
		}
		catch (AddressException e) {
			throw invalid();
		}
		return v;
	}

	/**
	 * The typed language as stored ({@code id} or {@code en}, case and spaces ignored).
	 *
	 * @throws RuleViolationException BAD_INPUT {@code mail.error.language} for anything else, blank included
	 */
	public static String language(String typed) {
		String lang = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (!LANGUAGES.contains(lang)) {
			throw RuleViolationException.badInput("mail.error.language");
		}
		return lang;
	}

	private static RuleViolationException invalid() {
		return RuleViolationException.badInput("mail.error.email", MAX_LENGTH);
	}
}
