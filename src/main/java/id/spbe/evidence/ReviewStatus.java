package id.spbe.evidence;

/** The assessor's decision on one use of evidence for one indicator. */
public enum ReviewStatus {
	PENDING, ACCEPTED, NEEDS_REVISION
}
