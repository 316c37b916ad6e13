package id.spbe.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * Evidence files on the local file system (the default, {@code spbe.storage.type=filesystem}), by
 * default under {@code SPBE_DATA_DIR/evidence}: committed files at {@code xx/<uuid>} (the key;
 * never the user's file name), temporary files in {@code .incoming/}, on the same file system so
 * that the final move is atomic. Temporary files that a killed process left there are deleted when
 * the storage is created, before the web server opens. Several nodes may share the directory (a
 * network file system); object storage ({@link S3EvidenceStorage}) is the other way.
 */
class FileSystemEvidenceStorage implements EvidenceStorage {

	private final Path root;
	private final IncomingFiles incoming;

	FileSystemEvidenceStorage(Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.incoming = new IncomingFiles(this.root.resolve(".incoming"));
		removeStaleIncoming(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
	}

	/**
	 * Deletes the temporary files last written before {@code before}: uploads of a process that was
	 * killed.
	 *
	 * @return the number of files deleted
	 */
	int removeStaleIncoming(Instant before) {
		return incoming.removeStale(before);
	}

	@Override
	public PendingFile receive(InputStream content, long maxBytes) throws IOException {
		return incoming.receive(content, maxBytes);
	}

	@Override
	public String commit(PendingFile file) throws IOException {
		String key = StorageKeys.newKey();
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
		return key;
	}

	@Override
	public void restore(String key, InputStream content) throws IOException {
		Path target = resolve(key);
		Path temp = incoming.newFile();
		try {
			Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public void discard(PendingFile file) {
		incoming.discard(file);
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(resolve(key));
	}

	@Override
	public long countFiles() throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Override
	public String check() throws IOException {
		if (!Files.isDirectory(root) || !Files.isWritable(root) || !Files.isWritable(incoming.directory())) {
			throw new IOException("Evidence directory " + root + " is missing or not writable");
		}
		return "filesystem " + root;
	}

	private Path resolve(String key) {
		return root.resolve(StorageKeys.check(key));
	}
}
