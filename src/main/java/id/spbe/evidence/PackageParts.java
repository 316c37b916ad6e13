package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import java.util.Locale;
import java.util.Set;

/**
 * The rules on the part names of an office package. A name that climbs out of the package or is
 * absolute is what "zip slip" attacks use against whoever unpacks the file later; macro and ActiveX
 * parts run code when the document is opened; programs and scripts are not evidence.
 */
final class PackageParts {

	// documents that may run macros, embedded in another document
	private static final Set<String> MACRO_DOCUMENTS = Set.of("docm", "dotm", "xlsm", "xltm", "xlam", "xlsb", "pptm",
			"potm", "ppsm", "ppam", "sldm");

	private PackageParts() {
	}

	/**
	 * @throws RuleViolationException BAD_INPUT for an unsafe name, a macro or ActiveX part (OOXML
	 *                                vbaProject.bin, vbaData.xml, activeX/; OpenDocument Basic/,
	 *                                Scripts/), or a program or script
	 */
	static void checkName(String name, String fileName) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")
				|| name.chars().anyMatch(c -> c < 0x20) || !name.equals(Texts.clean(name))) {
			throw unsafe(name, fileName);
		}
		String[] segments = name.toLowerCase(Locale.ROOT).split("/");
		for (String segment : segments) {
			if (segment.equals("..") || segment.equals(".")) {
				throw unsafe(name, fileName);
			}
			if (segment.equals("activex")) {
				throw macros(fileName);
			}
		}
		String last = segments[segments.length - 1];
		String first = segments[0];
		if (last.startsWith("vbaproject") || last.startsWith("vbadata") || segments.length > 1
				&& (first.equals("basic") || first.equals("scripts"))) {
			throw macros(fileName);
		}
		int dot = last.lastIndexOf('.');
		if (dot >= 0 && MACRO_DOCUMENTS.contains(last.substring(dot + 1))) {
			throw macros(fileName);
		}
		if (Programs.isProgramName(last)) {
			throw RuleViolationException.badInput("evidence.error.executable", fileName, name);
		}
	}

	/** The name as a message may show it: no control or bidi characters, at most 200 characters. */
	static String printable(String name) {
		String clean = Texts.clean(name);
		return clean.length() > 200 ? clean.substring(0, 200) + "…" : clean;
	}

	private static RuleViolationException unsafe(String name, String fileName) {
		return RuleViolationException.badInput("evidence.error.unsafePart", fileName, printable(name));
	}

	private static RuleViolationException macros(String fileName) {
		return RuleViolationException.badInput("evidence.error.macros", fileName);
	}
}
