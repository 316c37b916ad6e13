package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The file half of an upload: receiving it within the size bound, checking its type, and moving it
 * into place only together with its database write, so that no file exists without its row and no
 * row without its file. {@link EvidenceUploads} holds the rules of what an upload may do.
 */
@Component
class FileReception {

	private static final Logger log = LoggerFactory.getLogger(FileReception.class);

	private final EvidenceStorage storage;
	private final FileTypePolicy types;
	private final long maxBytes;
	private final Counter uploads;

	FileReception(EvidenceStorage storage, FileTypePolicy types,
			@Value("${spbe.evidence.max-size:50MB}") DataSize maxSize, MeterRegistry meters) {
		this.storage = storage;
		this.types = types;
		this.maxBytes = maxSize.toBytes();
		// README "Operations": every file kept with its row, new evidence and new versions alike
		this.uploads = Counter.builder("spbe.evidence.uploads")
				.description("Evidence files stored (new evidence and new versions)").register(meters);
	}

	/** Largest accepted file, in bytes. */
	long maxBytes() {
		return maxBytes;
	}

	/**
	 * Receives the upload, checks its type, runs {@code work} on it, and discards the received
	 * file whatever happens; a committed file has been moved away by then and stays.
	 */
	<T> T received(EvidenceUploads.Upload upload, String name, FileWork<T> work) {
		PendingFile file = receive(upload);
		try {
			return work.apply(file, types.check(name, file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			storage.discard(file);
		}
	}

	/**
	 * Moves the received file into place, then runs the database write; if the write fails, or
	 * its result does not {@code keep} the file (a duplicate found under the lock), the file is
	 * deleted again, so that no file exists without its row. A store that cannot take the file
	 * (object storage unreachable, gone mid-upload) leaves no file and no row and is answered
	 * {@code evidence.error.storage} (503).
	 */
	<T> T commitThenWrite(PendingFile file, Function<String, T> write, Predicate<T> keep) {
		String key;
		try {
			key = storage.commit(file);
		}
		catch (IOException e) {
			log.warn("Evidence store did not take a file of {} bytes: {}", file.size(), e.getMessage());
			throw RuleViolationException.unavailable("evidence.error.storage");
		}
		T result;
		try {
			result = write.apply(key);
		}
		catch (RuntimeException e) {
			try {
				storage.delete(key);
			}
			catch (RuntimeException deleteFailed) {
				e.addSuppressed(deleteFailed);
			}
			throw e;
		}
		if (keep.test(result)) {
			uploads.increment();
		}
		else {
			storage.delete(key);
		}
		return result;
	}

	private PendingFile receive(EvidenceUploads.Upload upload) {
		try {
			PendingFile file = storage.receive(upload.content(), maxBytes);
			if (file.size() == 0) {
				storage.discard(file);
				throw RuleViolationException.badInput("evidence.error.empty", FileNames.clean(upload.fileName()));
			}
			return file;
		}
		catch (FileTooLargeException e) {
			throw RuleViolationException.badInput("evidence.error.tooLarge", FileNames.clean(upload.fileName()),
					EvidenceInput.humanSize(maxBytes));
		}
		catch (IOException e) {
			throw RuleViolationException.badInput("evidence.error.interrupted", FileNames.clean(upload.fileName()));
		}
	}

	interface FileWork<T> {
		T apply(PendingFile file, String mediaType) throws IOException;
	}
}
