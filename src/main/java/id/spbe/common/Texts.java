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
