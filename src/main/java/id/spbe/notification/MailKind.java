package id.spbe.notification;

/** What a message is about. Only deadline reminders reach users who turned e-mail off. */
enum MailKind {
	CLARIFICATION_REQUESTED, CLARIFICATION_ANSWERED, STAGE_CHANGED, FINALISED, INTERVIEW_INVITATION,
	REMINDER_SELF_ASSESSMENT, REMINDER_CLARIFICATION;

	boolean isReminder() {
		return this == REMINDER_SELF_ASSESSMENT || this == REMINDER_CLARIFICATION;
	}
}
