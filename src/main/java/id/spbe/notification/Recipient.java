package id.spbe.notification;

import java.util.Locale;

/** A user to mail: address (null when none is known), name, language, and whether they want deadline reminders only. */
record Recipient(long userId, String name, String email, Locale locale, boolean deadlinesOnly) {
}
