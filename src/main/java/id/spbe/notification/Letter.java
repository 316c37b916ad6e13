package id.spbe.notification;

/**
 * One message to one recipient, as the outbox stores it.
 *
 * @param dedupKey a key that makes the message be written at most once (reminders); null for none
 * @param attachment null when none
 */
record Letter(MailKind kind, Long evaluationId, Recipient to, String subject, String body, Attachment attachment,
		String dedupKey) {

	/** A file sent with the message. */
	record Attachment(String name, String contentType, byte[] content) {
	}
}
