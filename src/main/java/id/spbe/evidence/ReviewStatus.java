package id.spbe.evidence;

/** The assessor's decision on one use of evidence for one indicator. */
public enum ReviewStatus {
	PENDING, ACCEPTED, NEEDS_REVISION;

	public boolean isAccepted() {
		return this == ACCEPTED;
	}

	public boolean isNeedsRevision() {
		return this == NEEDS_REVISION;
	}
}
