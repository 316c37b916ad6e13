package id.spbe.worksheet;

/**
 * What keeps one indicator from being submitted (readiness check). NO_EVIDENCE_FOR_ITEM stands for
 * NO_EVIDENCE_FOR_LEVEL on indicators with evidence items (Pemdi): an item of a claimed level
 * (the whole level claimed and every level below) that no evidence answers.
 */
public enum Blocker {
	NO_LEVEL, NO_JUSTIFICATION, NO_EVIDENCE_FOR_LEVEL, NO_EVIDENCE_FOR_ITEM, NOT_APPROVED
}
