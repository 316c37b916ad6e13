package id.spbe.evaluation;

/**
 * Published (a Spring event, in the mover's transaction) for every move of the workflow, after it
 * is recorded: the notification module mails the people concerned. An event, so that the workflow
 * does not depend on who listens.
 *
 * @param actorId the user who moved it
 * @param note the move's note, the clarification's message or the hand-back's answer; null when none
 */
public record WorkflowMoved(long evaluationId, long agencyId, EvaluationAction action, EvaluationState from,
		EvaluationState to, long actorId, String note) {
}
