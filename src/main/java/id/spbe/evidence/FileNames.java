package id.spbe.evidence;

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
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			return "berkas";
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
