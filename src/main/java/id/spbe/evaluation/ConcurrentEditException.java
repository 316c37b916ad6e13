package id.spbe.evaluation;

/**
 * A save that started from an older version of the entry than the stored one: somebody else saved
 * in between. Carries the stored entry so that the user sees what changed; nothing was written.
 */
public class ConcurrentEditException extends RuntimeException {

	private final transient AssessmentView current;

	ConcurrentEditException(AssessmentView current) {
		super("Indicator " + current.number() + " was changed by someone else (version " + current.version() + ")");
		this.current = current;
	}

	/** The entry as stored now. */
	public AssessmentView getCurrent() {
		return current;
	}
}
