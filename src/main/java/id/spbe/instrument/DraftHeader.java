package id.spbe.instrument;

import java.math.BigDecimal;

/**
 * The header columns of a draft mirror its document for lists only, and must fit their columns
 * however incomplete the draft is: missing names become empty, long ones are cut, a scale that
 * is not yet valid is left empty. The document keeps what the administrator typed.
 */
final class DraftHeader {

	private static final int NAME_COLUMN = 300;
	private static final int REGULATION_COLUMN = 200;
	private static final BigDecimal SCALE_COLUMN_MAX = new BigDecimal("9.99");

	private DraftHeader() {
	}

	static String name(Text name, boolean indonesian) {
		String text = name == null ? null : indonesian ? name.id() : name.en();
		return cut(text == null ? "" : text, NAME_COLUMN);
	}

	static String line(String text) {
		return text == null ? null : cut(text, REGULATION_COLUMN);
	}

	/** The scale bound for the column, or null unless both bounds are valid (min < max, 0..9.99). */
	static BigDecimal scale(BigDecimal min, BigDecimal max, boolean lower) {
		if (min == null || max == null || min.compareTo(max) >= 0 || min.signum() < 0
				|| max.compareTo(SCALE_COLUMN_MAX) > 0 || min.scale() > 2 || max.scale() > 2) {
			return null;
		}
		return lower ? min : max;
	}

	// varchar counts code points; at most max chars is at most max code points, and a pair is not split
	private static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
		return text.substring(0, end);
	}
}
