package id.spbe.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory where uploads are received before they are checked and committed, for either
 * storage: the file type checks read a received file more than once, and a file that fails them
 * must never reach the store. Streamed, hashed (SHA-256) and size-limited as it arrives, never held
 * in memory.
 */
class IncomingFiles {

	private static final Logger log = LoggerFactory.getLogger(IncomingFiles.class);
	private static final int BUFFER = 64 * 1024;
	private static final String PREFIX = "upload-";
	private static final String SUFFIX = ".part";

	private final Path directory;

	IncomingFiles(Path directory) {
		this.directory = directory.toAbsolutePath().normalize();
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create directory for uploads " + directory, e);
		}
	}

	Path directory() {
		return directory;
	}

	/** A new empty temporary file in the directory. */
	Path newFile() throws IOException {
		return Files.createTempFile(directory, PREFIX, SUFFIX);
	}

	/** As {@link EvidenceStorage#receive}. */
	PendingFile receive(InputStream content, long maxBytes) throws IOException {
		Path temp = newFile();
		try {
			MessageDigest sha = sha256();
			long size = 0;
			try (InputStream in = new DigestInputStream(content, sha); OutputStream out = Files.newOutputStream(temp)) {
				byte[] buffer = new byte[BUFFER];
				int read;
				while ((read = in.read(buffer)) != -1) {
					size += read;
					if (size > maxBytes) {
						throw new FileTooLargeException(maxBytes);
					}
					out.write(buffer, 0, read);
				}
			}
			return new PendingFile(temp, size, HexFormat.of().formatHex(sha.digest()));
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(temp);
			throw e;
		}
	}

	/** Deletes a received file; a file already moved away is no error. */
	void discard(PendingFile file) {
		try {
			Files.deleteIfExists(file.path());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Deletes the temporary files last written before {@code before}: uploads of a process that was
	 * killed. Only older files go, so that an upload still streaming into a shared directory from
	 * another instance is kept.
	 *
	 * @return the number of files deleted
	 */
	int removeStale(Instant before) {
		int removed = 0;
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file)
						&& Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot clear stale uploads in " + directory, e);
		}
		if (removed > 0) {
			log.warn("Removed {} unfinished upload(s) left in {} by an earlier run", removed, directory);
		}
		return removed;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
