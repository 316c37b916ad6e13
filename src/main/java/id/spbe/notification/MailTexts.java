package id.spbe.notification;

import id.spbe.common.Messages;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The subject and body of each kind of message in the recipient's language, from the
 * {@code mail.*} keys of the message bundles: a greeting, the kind's text, a link and a footer
 * saying where e-mail is turned off.
 */
@Component
class MailTexts {

	private final Messages messages;
	private final String baseUrl;

	MailTexts(Messages messages, @Value("${spbe.mail.base-url:http://localhost:8080}") String baseUrl) {
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** One letter of {@code kind} about the evaluation; {@code args} follow the evaluation's agency and period in the body. */
	Letter letter(MailKind kind, EvaluationFacts.About about, Recipient to, String path, Object... args) {
		Locale locale = to.locale();
		String subject = messages.get(locale, "mail.subject." + kind.name(), about.agency(), about.period());
		Object[] all = new Object[args.length + 2];
		all[0] = about.agency();
		all[1] = about.period();
		System.arraycopy(args, 0, all, 2, args.length);
		String body = messages.get(locale, "mail.greeting", to.name()) + "\n\n"
				+ messages.get(locale, "mail.body." + kind.name(), all) + "\n\n" + baseUrl + path + "\n\n-- \n"
				+ messages.get(locale, "mail.footer", baseUrl + "/account/notifications");
		return new Letter(kind, about.id(), to, subject, body, null, null);
	}

	String subject(MailKind kind, Locale locale, Object... args) {
		return messages.get(locale, "mail.subject." + kind.name(), args);
	}

	String name(Locale locale, String key) {
		return messages.get(locale, key);
	}

	String note(Locale locale, String note) {
		return note == null ? "" : "\n" + messages.get(locale, "mail.note", note);
	}

	static String day(LocalDate day, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
	}

	static String time(LocalDateTime at, Locale locale) {
		return DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm", locale).format(at);
	}

	static String list(List<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}
}
