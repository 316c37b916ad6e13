package id.spbe.evaluation;

import java.util.Optional;

/**
 * Workflow state of one agency's evaluation in one period (docs/domain.md section 1). Who may move
 * between states is in {@link Workflow}.
 */
public enum EvaluationState {
	/** Penilaian mandiri: the agency fills in levels, justifications and evidence. */
	SELF_ASSESSMENT(null),
	/** Submitted by the coordinator; the agency can no longer change anything; waits for the assessors. */
	SUBMITTED(null),
	/** Penilaian dokumen: assessors check the documents and set provisional levels. */
	DOCUMENT_REVIEW(Stage.DOCUMENT_REVIEW),
	/** Chosen indicators sent back to the agency during document review, until handed back. */
	DOCUMENT_REVIEW_CLARIFICATION(Stage.DOCUMENT_REVIEW),
	/** Penilaian interviu: interview sessions confirm the documents. */
	INTERVIEW(Stage.INTERVIEW),
	/** Chosen indicators sent back to the agency during the interview stage. */
	INTERVIEW_CLARIFICATION(Stage.INTERVIEW),
	/** Penilaian visitasi (optional): the assessors visit the agency. */
	SITE_VISIT(Stage.SITE_VISIT),
	/** The assessors set final levels and recommendations. */
	FINAL_REVIEW(Stage.FINAL),
	/** Done: read-only for everyone; an administrator may reopen it with a reason. */
	FINALISED(null);

	private final Stage workingStage;

	EvaluationState(Stage workingStage) {
		this.workingStage = workingStage;
	}

	/** The stage whose levels the assessors set in this state; empty when assessors write nothing. */
	public Optional<Stage> workingStage() {
		return Optional.ofNullable(workingStage);
	}

	/** True while a clarification request is open and the agency may add evidence for its indicators. */
	public boolean isClarification() {
		return this == DOCUMENT_REVIEW_CLARIFICATION || this == INTERVIEW_CLARIFICATION;
	}

	/** True from submission on: the assessors' side of the evaluation has begun or is waiting. */
	public boolean isReview() {
		return this != SELF_ASSESSMENT;
	}
}
