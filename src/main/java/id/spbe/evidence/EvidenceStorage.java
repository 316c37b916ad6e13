package id.spbe.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence files live. A file is first received to a temporary place (streamed, hashed,
 * size-limited), then either committed under a generated key or discarded; only a committed file
 * is ever referenced by a database row. Two implementations, chosen by {@code spbe.storage.type}:
 * the local file system (default) and S3-compatible object storage ({@code s3}).
 */
public interface EvidenceStorage {

	/**
	 * Streams {@code content} to a temporary file, never holding it in memory.
	 *
	 * @param maxBytes largest accepted size in bytes
	 * @throws FileTooLargeException when the content exceeds {@code maxBytes}; nothing is kept
	 * @throws IOException           when reading or writing fails; nothing is kept
	 */
	PendingFile receive(InputStream content, long maxBytes) throws IOException;

	/**
	 * Moves a received file into place under a new generated key and returns the key. The file is
	 * visible under the key only once complete; on failure nothing is left under any key.
	 *
	 * @throws IOException when the store cannot take the file (e.g. unreachable); nothing is kept
	 */
	String commit(PendingFile file) throws IOException;

	/** Deletes a received file that will not be committed. */
	void discard(PendingFile file);

	/** Deletes a committed file (used when the database write after a commit fails). */
	void delete(String key);

	/**
	 * Writes a whole file under a key chosen earlier (restoring a backup), visible only once
	 * complete; an existing file under that key is replaced.
	 */
	void restore(String key, InputStream content) throws IOException;

	/** Opens a committed file. */
	InputStream open(String key) throws IOException;

	/** Number of committed files (for tests and operations). */
	long countFiles() throws IOException;

	/**
	 * Checks cheaply that the store answers and can be written (the {@code evidenceStorage} health
	 * indicator) and says what it is (type and place, never a secret).
	 *
	 * @throws IOException when it does not answer or cannot be written
	 */
	String check() throws IOException;
}
