package id.spbe.instrument;

/**
 * Where in an instrument a problem or a change is: the instrument itself, a scale, a band, a
 * domain, an aspect or an indicator ({@code code} is the scale or domain or aspect code, the
 * predikat, or the indicator number), and within an indicator optionally a level and an evidence
 * item or conversion band.
 *
 * @param kind  INSTRUMENT, SCALE, BAND, DOMAIN, ASPECT or INDICATOR
 * @param code  the code, predikat or indicator number; null for the instrument
 * @param level a level of the scale, or null
 * @param item  an evidence item code or conversion band ("0-50"), or null
 */
record InstrumentPlace(Kind kind, String code, Integer level, String item) {

	enum Kind {
		INSTRUMENT, SCALE, BAND, DOMAIN, ASPECT, INDICATOR
	}

	static final InstrumentPlace INSTRUMENT = new InstrumentPlace(Kind.INSTRUMENT, null, null, null);
	/** The predikat bands as a whole (a gap at the top, no band at all). */
	static final InstrumentPlace BANDS = new InstrumentPlace(Kind.BAND, null, null, null);

	static InstrumentPlace of(Kind kind, Object code) {
		return new InstrumentPlace(kind, code == null ? null : String.valueOf(code), null, null);
	}

	static InstrumentPlace indicator(int number) {
		return of(Kind.INDICATOR, number);
	}

	InstrumentPlace atLevel(Integer level) {
		return new InstrumentPlace(kind, code, level, item);
	}

	InstrumentPlace atItem(String item) {
		return new InstrumentPlace(kind, code, level, item);
	}

	/** The place as in the bundled loader's messages: "indicator 12", "band Cukup", "bands", "instrument". */
	String where() {
		if (kind == Kind.INSTRUMENT) {
			return "instrument";
		}
		if (kind == Kind.BAND && code == null) {
			return "bands";
		}
		return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + code;
	}

	/** {@link #where()} with the level and item: "indicator 20, level 2, item I20-L2-01". */
	String text() {
		return where() + (level == null ? "" : ", level " + level) + (item == null ? "" : ", item " + item);
	}
}
