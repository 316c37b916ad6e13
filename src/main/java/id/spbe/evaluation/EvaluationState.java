package id.spbe.evaluation;

/** Workflow state of one agency's evaluation in one period. The review states come with later features. */
public enum EvaluationState {
	SELF_ASSESSMENT
}
