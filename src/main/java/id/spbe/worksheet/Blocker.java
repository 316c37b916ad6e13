package id.spbe.worksheet;

/** What keeps one indicator from being submitted (readiness check). */
public enum Blocker {
	NO_LEVEL, NO_JUSTIFICATION, NO_EVIDENCE_FOR_LEVEL, NOT_APPROVED
}
