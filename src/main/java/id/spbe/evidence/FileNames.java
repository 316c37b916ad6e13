package id.spbe.evidence;

import id.spbe.common.Texts;
import java.text.Normalizer;

/**
 * Cleans a user's file name for display and download: no directories (either slash), no control
 * characters, at most 255 characters with the extension kept; Unicode names stay as they are.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	static String clean(String original) {
		String name = original == null ? "" : Normalizer.normalize(Texts.clean(original), Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		boolean hadExtension = name.lastIndexOf('.') >= 0;
		while (name.startsWith(".")) {
			name = name.substring(1).strip();
		}
		if (name.isBlank()) {
			return "berkas";
		}
		if (hadExtension && name.indexOf('.') < 0) {
			// ".pdf" has an extension but no base name
			name = "berkas." + name;
		}
		if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
		String stem = name.substring(0, name.length() - extension.length());
		int keep = MAX_LENGTH - extension.length();
		return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
	}
}
