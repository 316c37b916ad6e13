package id.spbe.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Programs and scripts hidden in a document: by the name of a part or packaged file, and by the
 * first bytes of an executable. Evidence documents never need to carry one, and a user who opens
 * the document may be invited to run it.
 */
final class Programs {

	private static final Set<String> EXTENSIONS = Set.of("exe", "dll", "com", "scr", "msi", "bat", "cmd", "ps1",
			"vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "lnk", "cpl", "reg");
	// the stub every Windows linker puts into a PE file, seen where a packaged file's content starts
	private static final byte[][] STUBS = { bytes("This program cannot be run in DOS mode"),
			bytes("This program must be run under Win32") };

	private Programs() {
	}

	/** Whether a file or part name ends with the extension of a program or script. */
	static boolean isProgramName(String name) {
		int dot = name.lastIndexOf('.');
		return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT).strip());
	}

	/** Whether content starting with {@code head} is a Windows (MZ) or ELF executable. */
	static boolean isExecutable(byte[] head, int length) {
		return length >= 2 && head[0] == 'M' && head[1] == 'Z'
				|| length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F';
	}

	/**
	 * Whether the start of an OLE "packaged file" ({@code \1Ole10Native}) carries a program: its
	 * label, file name and command are NUL-terminated strings naming the file, and its content
	 * follows them, so a program shows by name or by its DOS stub within the first bytes. Only
	 * NUL-terminated names count, so that a line of a packaged text ending in ".js" does not.
	 */
	static boolean inPackagedFile(byte[] head, int length) {
		int start = 0;
		for (int i = 0; i < length; i++) {
			if (head[i] < 0x20 || head[i] > 0x7e) {
				if (head[i] == 0 && i - start >= 3
						&& isProgramName(new String(head, start, i - start, StandardCharsets.ISO_8859_1))) {
					return true;
				}
				start = i + 1;
			}
		}
		for (byte[] stub : STUBS) {
			if (indexOf(head, length, stub) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static int indexOf(byte[] data, int length, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(StandardCharsets.US_ASCII);
	}
}
