package id.spbe.evidence;

import java.util.function.IntConsumer;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of one PDF object stream, fed byte by byte as the file is read, inflated as it arrives
 * (every inflated byte counted on the {@link ReadBudget}) and passed on to {@code objects}. Data
 * that is not a complete zlib stream, as in an encrypted file, cannot be checked and is refused.
 */
final class PdfObjectStream {

	private final ReadBudget budget;
	private final IntConsumer objects;
	private final Inflater inflater = new Inflater();
	private final byte[] in = new byte[8192];
	private final byte[] out = new byte[8192];
	private int buffered;
	private boolean skipLineFeed;

	PdfObjectStream(ReadBudget budget, boolean afterCarriageReturn, IntConsumer objects) {
		this.budget = budget;
		this.objects = objects;
		// the data starts after the end of line that follows "stream": CR LF or LF
		this.skipLineFeed = afterCarriageReturn;
	}

	void feed(int c) {
		if (skipLineFeed) {
			skipLineFeed = false;
			if (c == '\n') {
				return;
			}
		}
		// what follows the end of the zlib data ("endstream" and the rest of the file) is not data
		if (inflater.finished()) {
			return;
		}
		in[buffered++] = (byte) c;
		if (buffered == in.length) {
			inflate();
		}
	}

	/** The stream's end was reached: whatever is buffered is inflated, and the data must be complete. */
	void finish() {
		try {
			inflate();
			if (!inflater.finished()) {
				throw PdfActions.unchecked(budget);
			}
		}
		finally {
			inflater.end();
		}
	}

	/** Frees the inflater of a stream left unfinished by a refusal. */
	void close() {
		inflater.end();
	}

	private void inflate() {
		inflater.setInput(in, 0, buffered);
		buffered = 0;
		try {
			while (!inflater.finished() && !inflater.needsInput()) {
				int n = inflater.inflate(out);
				if (n == 0 && inflater.needsDictionary()) {
					throw PdfActions.unchecked(budget);
				}
				budget.inflate(n);
				for (int i = 0; i < n; i++) {
					objects.accept(out[i] & 0xff);
				}
			}
		}
		catch (DataFormatException e) {
			throw PdfActions.unchecked(budget);
		}
	}
}
