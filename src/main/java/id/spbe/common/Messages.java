package id.spbe.common;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Texts of the {@code messages} bundles in the language of the current request (Indonesian or
 * English), for controllers and renderers that build text outside a template.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	/** The message of {@code key} with its arguments; the key itself when the bundle lacks it. */
	public String get(String key, Object... args) {
		return source.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	/** The message of {@code key} in a given locale (PDF and Excel renderers). */
	public String get(java.util.Locale locale, String key, Object... args) {
		return source.getMessage(key, args, key, locale);
	}

	/** A resolvable message (a key with arguments that may be resolvable too) in the current language. */
	public String get(org.springframework.context.MessageSourceResolvable message) {
		return source.getMessage(message, LocaleContextHolder.getLocale());
	}

	/** The refusal's message in the current language. */
	public String of(RuleViolationException refusal) {
		return get(refusal.getMessageKey(), refusal.getArguments());
	}
}
