package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Refuses PDFs that run JavaScript or launch programs. Evidence documents never need either, and
 * PDFs are previewed inline in the review, so refusing at upload keeps the rule in one place.
 *
 * <p>The file is read once, as a stream, and every byte is scanned for the names of those actions
 * ({@code /JavaScript}, {@code /Launch}, {@code /Rendition}, also written with {@code #xx} escapes).
 * Nothing is skipped as a string, comment or stream: a crafted file can make a parser that skips
 * see different objects than a viewer that follows the cross-reference table. {@code /JS} alone is
 * not searched for in raw bytes, since three bytes turn up by chance in compressed data; the entry
 * is only read in an action whose type is {@code /JavaScript} or {@code /Rendition}, and those
 * names are found. Objects compressed into object streams (dictionaries with {@code /First}) are
 * inflated, counted on the {@link ReadBudget}, and scanned the same way; one that cannot be
 * inflated (an encrypted or damaged file) cannot be checked and is refused.
 */
final class PdfActions {

	private static final Set<String> ACTIVE = Set.of("JavaScript", "Launch", "Rendition");
	private static final Set<String> OTHER_FILTERS = Set.of("ASCIIHexDecode", "ASCII85Decode", "LZWDecode",
			"RunLengthDecode", "Crypt", "DecodeParms", "AHx", "A85", "LZW", "RL");
	private static final int MAX_NAME = 127;
	private static final int CHUNK = 64 * 1024;

	private PdfActions() {
	}

	/**
	 * @throws RuleViolationException BAD_INPUT for a PDF with a JavaScript, launch or rendition
	 *                                action, or whose object streams cannot be read
	 */
	static void check(Path pdf, ReadBudget budget) throws IOException {
		Scanner scanner = new Scanner(budget, true);
		try (InputStream in = Files.newInputStream(pdf)) {
			byte[] buffer = new byte[CHUNK];
			for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0;) {
				for (int i = 0; i < n; i++) {
					scanner.accept(buffer[i] & 0xff);
				}
				budget.checkTime();
			}
			scanner.end();
		}
		finally {
			scanner.close();
		}
	}

	/** A tokenizer fed one byte at a time; the top-level one also tracks and inflates object streams. */
	private static final class Scanner {

		private final ReadBudget budget;
		private final boolean topLevel;
		private final byte[] token = new byte[MAX_NAME + 1];
		private int length = -1;
		private boolean name;
		// what the dictionary before a "stream" keyword said, since the last object started
		private boolean objectStream;
		private boolean filter;
		private boolean flate;
		private boolean otherFilter;
		private PdfObjectStream stream;
		private Scanner objects;

		Scanner(ReadBudget budget, boolean topLevel) {
			this.budget = budget;
			this.topLevel = topLevel;
		}

		void accept(int c) {
			if (stream != null) {
				stream.feed(c);
			}
			boolean regular = !isWhite(c) && "()<>[]{}/%".indexOf(c) < 0;
			if (length >= 0 && regular) {
				if (length < token.length) {
					token[length] = (byte) c;
				}
				length++;
				return;
			}
			if (length >= 0) {
				ended(c);
			}
			if (c == '/') {
				name = true;
				length = 0;
			}
			else if (regular) {
				name = false;
				token[0] = (byte) c;
				length = 1;
			}
		}

		void end() {
			if (length >= 0) {
				ended(' ');
			}
			finishStream();
		}

		// the object stream ends: it must have inflated completely, and its last token counts too
		private void finishStream() {
			if (stream != null) {
				PdfObjectStream done = stream;
				stream = null;
				done.finish();
				objects.end();
			}
		}

		// frees the inflater of an object stream left open by a refusal
		void close() {
			if (stream != null) {
				stream.close();
			}
		}

		private void ended(int after) {
			String text = length > MAX_NAME ? "" : name ? decoded() : new String(token, 0, length,
					StandardCharsets.ISO_8859_1);
			length = -1;
			if (name && ACTIVE.contains(text)) {
				throw RuleViolationException.badInput("evidence.error.pdfActive", budget.fileName());
			}
			if (!topLevel) {
				return;
			}
			if (name) {
				objectStream |= text.equals("First") || text.equals("ObjStm");
				filter |= text.equals("Filter");
				flate |= text.equals("FlateDecode");
				otherFilter |= OTHER_FILTERS.contains(text);
				return;
			}
			switch (text) {
				case "stream" -> started(after);
				case "endstream" -> {
					finishStream();
				}
				case "obj", "endobj" -> forget();
				default -> {
				}
			}
		}

		// an object stream without a filter is plain text, scanned as it passes; one with a filter
		// other than Flate alone (or encrypted, found when it does not inflate) cannot be checked
		private void started(int after) {
			if (objectStream && filter) {
				if (!flate || otherFilter) {
					throw unchecked(budget);
				}
				objects = new Scanner(budget, false);
				stream = new PdfObjectStream(budget, after == '\r', objects::accept);
			}
			forget();
		}

		private void forget() {
			objectStream = false;
			filter = false;
			flate = false;
			otherFilter = false;
		}

		// a name with its #xx escapes resolved: /J#61vaScript is /JavaScript to a viewer
		private String decoded() {
			StringBuilder sb = new StringBuilder(length);
			for (int i = 0; i < length; i++) {
				int hi = i + 2 < length ? Character.digit(token[i + 1], 16) : -1;
				int lo = i + 2 < length ? Character.digit(token[i + 2], 16) : -1;
				if (token[i] == '#' && hi >= 0 && lo >= 0) {
					sb.append((char) (hi * 16 + lo));
					i += 2;
				}
				else {
					sb.append((char) (token[i] & 0xff));
				}
			}
			return sb.toString();
		}

		private static boolean isWhite(int c) {
			return c == 0 || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
		}
	}

	static RuleViolationException unchecked(ReadBudget budget) {
		return RuleViolationException.badInput("evidence.error.pdfUnchecked", budget.fileName());
	}
}
