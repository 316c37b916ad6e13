package id.spbe.evaluation;

/** Actions that move an evaluation between states; see {@link Workflow}. */
public enum EvaluationAction {
	/** The agency coordinator submits the self-assessment. */
	SUBMIT,
	/** The lead assessor starts the document review. */
	START_DOCUMENT_REVIEW,
	/** An assessor sends chosen indicators back to the agency with a message and a deadline. */
	REQUEST_CLARIFICATION,
	/** The agency coordinator hands the clarified indicators back to the assessors. */
	HAND_BACK,
	/** An assessor ends the clarification (e.g. after the deadline) and continues. */
	RESUME,
	/** The lead assessor moves on to the interview. */
	START_INTERVIEW,
	/** The lead assessor moves on to the (optional) site visit. */
	START_SITE_VISIT,
	/** The lead assessor moves on to the final review. */
	START_FINAL_REVIEW,
	/** The lead assessor finalises; every indicator needs a final level. */
	FINALISE,
	/** An administrator reopens a finalised evaluation, with a reason. */
	REOPEN;

	/** True when the action needs a reason written in its note (reopening a finalised evaluation). */
	public boolean needsReason() {
		return this == REOPEN;
	}

	/** True for the lead's moves from one review stage to the next. */
	public boolean isStageMove() {
		return this == START_DOCUMENT_REVIEW || this == START_INTERVIEW || this == START_SITE_VISIT
				|| this == START_FINAL_REVIEW;
	}

	/** True for finalisation, which needs every final level. */
	public boolean isFinalise() {
		return this == FINALISE;
	}
}
