package id.spbe.backup;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 and size of what passes, computed on the way: a backup checks every evidence file
 * against its row while copying it, and a restore checks it while the store reads it.
 */
final class Hashing {

	record Result(String sha256, long size) {
	}

	private Hashing() {
	}

	static Result copy(InputStream in, OutputStream out) throws IOException {
		MessageDigest sha = sha256();
		long size = new DigestInputStream(in, sha).transferTo(out);
		return new Result(HexFormat.of().formatHex(sha.digest()), size);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Reads through, computing the SHA-256 and size of what was read. */
	static final class Input extends FilterInputStream {

		private final MessageDigest sha = sha256();
		private long size;

		Input(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				sha.update((byte) b);
				size++;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				sha.update(b, off, n);
				size += n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			throw new IOException("skip is not supported while hashing");
		}

		Result result() {
			return new Result(HexFormat.of().formatHex(sha.digest()), size);
		}
	}
}
