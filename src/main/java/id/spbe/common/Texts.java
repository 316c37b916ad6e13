package id.spbe.common;

/**
 * Cleaning of free text typed by users before it is stored: PostgreSQL cannot store U+0000, and
 * other control characters (except tab and line breaks) and bidirectional overrides only serve to
 * hide or spoof what the text says.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text without NUL, C0/C1 controls other than tab, CR and LF, and bidirectional override
	 * characters; null stays null.
	 */
	public static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().filter(Texts::allowed).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	/**
	 * A multi-line text as stored: cleaned, Windows line breaks made plain, stripped; null when
	 * nothing is left. Justifications, notes, messages and findings all go through here.
	 */
	public static String block(String text) {
		String v = text == null ? null : clean(text).replace("\r\n", "\n").strip();
		return v == null || v.isEmpty() ? null : v;
	}

	/** A one-line text as stored (names, positions, media): cleaned, white space folded; null when empty. */
	public static String line(String text) {
		String v = text == null ? null : clean(text).replaceAll("\\s+", " ").strip();
		return v == null || v.isEmpty() ? null : v;
	}

	/** Length as the user counts characters (code points, so an emoji counts once). */
	public static int length(String text) {
		return text == null ? 0 : text.codePointCount(0, text.length());
	}

	private static boolean allowed(int c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		if (Character.getType(c) == Character.CONTROL) {
			return false;
		}
		return !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F;
	}
}
