package id.spbe.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A received, not yet committed file.
 *
 * @param path   temporary location
 * @param size   size in bytes
 * @param sha256 SHA-256 of the content, 64 lowercase hex digits
 */
public record PendingFile(Path path, long size, String sha256) {

	/** Reads the received content. */
	public InputStream open() throws IOException {
		return Files.newInputStream(path);
	}
}
