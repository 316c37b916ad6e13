package id.spbe.review;

/**
 * Why an evidence item of the instrument needs revision (docs/domain.md section 3.2). The first
 * three are the assessor's; {@link #LEVEL_BELOW} is never given or stored: it is the automatic
 * rule, an item counting as in revision because an item of a lower level is.
 */
public enum RevisionReason {
	WRONG_DOCUMENT, NOT_UPLOADED, OTHER, LEVEL_BELOW;

	/** The reasons an assessor may choose, in the order the page offers them. */
	public static java.util.List<RevisionReason> chosen() {
		return java.util.List.of(WRONG_DOCUMENT, NOT_UPLOADED, OTHER);
	}

	/** True for the automatic reason, shown apart from the assessor's own judgement. */
	public boolean isAutomatic() {
		return this == LEVEL_BELOW;
	}
}
