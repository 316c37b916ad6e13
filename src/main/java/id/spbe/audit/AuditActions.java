package id.spbe.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Action names in the user's language. Every module publishes its own actions as plain names, so
 * the list of known actions is the set of {@code audit.action.<ACTION>} keys in the message bundle;
 * an action without a key (a module that forgot one, or an action since renamed) shows its raw name.
 */
@Component
class AuditActions {

	static final String PREFIX = "audit.action.";

	private final MessageSource messages;
	private final List<String> known;

	AuditActions(MessageSource messages) {
		this.messages = messages;
		this.known = load();
	}

	/** The action's name in {@code locale}, or the action itself when it has no key. */
	String label(String action, Locale locale) {
		return messages.getMessage(PREFIX + action, null, action, locale);
	}

	/** Every action that has a name, sorted. */
	List<String> known() {
		return known;
	}

	private static List<String> load() {
		Properties bundle = new Properties();
		try (InputStream in = AuditActions.class.getResourceAsStream("/messages.properties")) {
			if (in != null) {
				bundle.load(in);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bundle.stringPropertyNames().stream().filter(k -> k.startsWith(PREFIX))
				.map(k -> k.substring(PREFIX.length())).sorted().toList();
	}
}
