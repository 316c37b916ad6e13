package id.spbe.evidence;

/** A stored file (with versions) or a link (URL and the date it was accessed). */
public enum EvidenceKind {
	FILE, LINK
}
