package id.spbe.review;

/**
 * Published (a Spring event, in the creating transaction) when an interview session is recorded,
 * so that the notification module can send the invitation with its calendar file.
 */
public record InterviewScheduled(long evaluationId, long sessionId, long createdBy) {
}
