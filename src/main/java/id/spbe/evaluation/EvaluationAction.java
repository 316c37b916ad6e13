package id.spbe.evaluation;

/** Actions that move an evaluation between states; see {@link Workflow}. */
public enum EvaluationAction {
	/** The agency coordinator submits the self-assessment. */
	SUBMIT
}
