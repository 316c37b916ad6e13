package id.spbe.instrument;

/** Life cycle of an instrument version: only a published version may be used by a period. */
public enum InstrumentStatus {
	DRAFT, PUBLISHED, RETIRED
}
