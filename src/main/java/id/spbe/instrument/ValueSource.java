package id.spbe.instrument;

/** Where an indicator's value comes from: the assessors, or another national index (Pemdi I5-I7, I18). */
public enum ValueSource {
	ASSESSED, EXTERNAL_INDEX
}
