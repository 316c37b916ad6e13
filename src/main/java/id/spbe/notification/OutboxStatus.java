package id.spbe.notification;

/** A message's state in the outbox (see V18__mail_outbox.sql). */
enum OutboxStatus {
	KEPT, PENDING, SENDING, SENT, FAILED, SKIPPED
}
