package id.spbe.notification;

import id.spbe.common.Texts;

/**
 * Bounds every text that goes into a mail header (subject, a recipient's name): one line (CR, LF
 * and other controls folded away, so nobody can add a header through an agency name or a note)
 * and at most {@code max} characters, cut with an ellipsis.
 */
final class HeaderText {

	static final int SUBJECT = 200;
	static final int NAME = 100;

	private HeaderText() {
	}

	static String of(String text, int max) {
		String line = Texts.line(text);
		if (line == null) {
			return "";
		}
		if (Texts.length(line) <= max) {
			return line;
		}
		return line.substring(0, line.offsetByCodePoints(0, max - 1)) + "…";
	}
}
