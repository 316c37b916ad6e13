package id.spbe.evaluation;

/**
 * Workflow state of one agency's evaluation in one period. Who may move between states is in
 * {@link Workflow}; the assessor review states come with the review feature.
 */
public enum EvaluationState {
	/** Penilaian mandiri: the agency fills in levels, justifications and evidence. */
	SELF_ASSESSMENT,
	/** Submitted by the coordinator; the agency can no longer change anything. */
	SUBMITTED
}
