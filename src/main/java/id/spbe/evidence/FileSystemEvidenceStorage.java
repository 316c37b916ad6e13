package id.spbe.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence files on the local file system, by default under {@code SPBE_DATA_DIR/evidence}:
 * committed files at {@code xx/<uuid>} (the key; never the user's file name), temporary files in
 * {@code .incoming/}, on the same file system so that the final move is atomic. Temporary files
 * that a killed process left there are deleted when the storage is created, before the web
 * server opens.
 */
@Component
class FileSystemEvidenceStorage implements EvidenceStorage {

	private static final Logger log = LoggerFactory.getLogger(FileSystemEvidenceStorage.class);
	private static final int BUFFER = 64 * 1024;
	private static final String PREFIX = "upload-";
	private static final String SUFFIX = ".part";

	private final Path root;
	private final Path incoming;

	FileSystemEvidenceStorage(@Value("${spbe.evidence.dir:${spbe.data-dir}/evidence}") Path root) {
		this.root = root.toAbsolutePath().normalize();
		this.incoming = this.root.resolve(".incoming");
		try {
			Files.createDirectories(incoming);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create evidence directory " + root, e);
		}
		removeStaleIncoming(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
	}

	/**
	 * Deletes the temporary files last written before {@code before}: uploads of a process that was
	 * killed. Only older files go, so that an upload still streaming into a shared directory from
	 * another instance is kept.
	 *
	 * @return the number of files deleted
	 */
	int removeStaleIncoming(Instant before) {
		int removed = 0;
		try (Stream<Path> files = Files.list(incoming)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file)
						&& Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot clear stale uploads in " + incoming, e);
		}
		if (removed > 0) {
			log.warn("Removed {} unfinished upload(s) left in {} by an earlier run", removed, incoming);
		}
		return removed;
	}

	@Override
	public PendingFile receive(InputStream content, long maxBytes) throws IOException {
		Path temp = Files.createTempFile(incoming, PREFIX, SUFFIX);
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

	@Override
	public String commit(PendingFile file) throws IOException {
		String uuid = UUID.randomUUID().toString();
		String key = uuid.substring(0, 2) + "/" + uuid;
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
		return key;
	}

	@Override
	public void restore(String key, InputStream content) throws IOException {
		Path target = resolve(key);
		Path temp = Files.createTempFile(incoming, PREFIX, SUFFIX);
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
		try {
			Files.deleteIfExists(file.path());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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

	private Path resolve(String key) {
		if (!key.matches("[0-9a-f]{2}/[0-9a-f-]{36}")) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return root.resolve(key);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
