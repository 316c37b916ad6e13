package id.spbe.evidence;

/** The assessor's decision on one use of evidence for one indicator. */
public enum ReviewStatus {
	PENDING, ACCEPTED, NEEDS_REVISION;

	/** True for evidence nobody has judged yet, the status a judgement form starts from. */
	public boolean isPending() {
		return this == PENDING;
	}

	public boolean isAccepted() {
		return this == ACCEPTED;
	}

	public boolean isNeedsRevision() {
		return this == NEEDS_REVISION;
	}
}
