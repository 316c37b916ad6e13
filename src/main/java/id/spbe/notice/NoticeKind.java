package id.spbe.notice;

/**
 * What a {@link Notice} asks of its reader. The API names it; pages group nothing by it, the
 * list is ordered by deadline.
 */
public enum NoticeKind {
	/** Agency: the assessors sent indicators back; add evidence and hand back before the deadline. */
	CLARIFICATION_OPEN,
	/** Agency: evidence (items of the instrument, or whole evidence on instruments without items) judged "needs revision" on an indicator sent back. */
	ITEMS_IN_REVISION,
	/** Agency: entries assigned to the reader (or the reader's unit) without a level or justification. */
	ENTRIES_TO_FILL,
	/** Agency coordinator: filled entries not yet approved. */
	ENTRIES_TO_APPROVE,
	/** Assessor: an assigned evaluation submitted or in a stage the assessors work on. */
	REVIEW_WAITING,
	/** Assessor: the agency handed a clarification back with its answer, not yet looked at again. */
	CLARIFICATION_ANSWERED,
	/** Assessor: an interview session of an assigned evaluation still to come. */
	INTERVIEW_SCHEDULED,
	/** Administrator: a login locked after wrong passwords. */
	ACCOUNT_LOCKED,
	/** Administrator: evaluations of a period whose self-assessment deadline is near, not submitted. */
	DEADLINE_NEAR
}
