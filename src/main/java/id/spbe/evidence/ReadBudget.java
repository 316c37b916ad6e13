package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * What the type check of one received file may spend: bytes inflated from compressed parts, parts
 * listed, and time. A small file can unpack to gigabytes (a "zip bomb"), so every inflated byte the
 * check reads is counted here, and the check stops with a refusal as soon as a limit is passed
 * instead of finding out by running out of memory. Not thread-safe: one budget per check.
 */
final class ReadBudget {

	/** Largest total a package may declare, and the most the check inflates from any file. */
	static final long MAX_INFLATED = 100L * 1024 * 1024;
	/** Most parts in a package (or streams in an OLE2 file); a 300-slide deck with pictures has about 1,500. */
	static final int MAX_PARTS = 5_000;
	static final Duration MAX_TIME = Duration.ofSeconds(20);

	private final String fileName;
	private final long maxInflated;
	private final long deadline;
	private long inflated;

	ReadBudget(String fileName, long maxInflated, Duration maxTime) {
		this.fileName = fileName;
		this.maxInflated = maxInflated;
		this.deadline = System.nanoTime() + maxTime.toNanos();
	}

	static ReadBudget standard(String fileName) {
		return new ReadBudget(fileName, MAX_INFLATED, MAX_TIME);
	}

	/** Bytes inflated so far. */
	long inflated() {
		return inflated;
	}

	String fileName() {
		return fileName;
	}

	/** Counts {@code n} inflated bytes; refuses the file once the total passes the limit or time is up. */
	void inflate(long n) {
		inflated += n;
		if (inflated > maxInflated) {
			throw tooMuch();
		}
		checkTime();
	}

	void checkTime() {
		if (System.nanoTime() - deadline > 0) {
			throw RuleViolationException.badInput("evidence.error.checkTimeout", fileName);
		}
	}

	/** The refusal for a file that unpacks (or declares it unpacks) to more than the limits allow. */
	RuleViolationException tooMuch() {
		return RuleViolationException.badInput("evidence.error.unpackLimit", fileName,
				EvidenceInput.humanSize(maxInflated), MAX_PARTS);
	}

	/**
	 * {@code in} (an inflating stream) read at most up to {@code declared} bytes, each counted. A
	 * part that inflates to more than its declared size is refused: sizes in a ZIP's directory are
	 * whatever its author wrote, and only the bytes actually inflated tell the truth.
	 */
	InputStream counted(InputStream in, long declared) {
		return new FilterInputStream(in) {
			private long read;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				// one byte past the declared size is enough to know it lied
				int n = super.read(b, off, (int) Math.min(len, declared - read + 1));
				if (n > 0) {
					read += n;
					inflate(n);
					if (read > declared) {
						throw tooMuch();
					}
				}
				return n;
			}

			@Override
			public long skip(long n) throws IOException {
				int chunk = (int) Math.min(Math.max(n, 0), 8192);
				return Math.max(0, read(new byte[chunk], 0, chunk));
			}
		};
	}
}
