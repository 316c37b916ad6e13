package id.spbe.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.time.Instant;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Evidence files in a bucket of S3-compatible object storage ({@code spbe.storage.type=s3}), so
 * that every node of a cluster serves every file. Keys as on the file system ({@code xx/<uuid>}).
 * An upload is received and checked on the node's disk first ({@link IncomingFiles}, under
 * {@code SPBE_DATA_DIR/incoming}), then streamed to the store by {@link S3ObjectWriter}: visible
 * only once complete, its SHA-256 and size checked again on the way, nothing left on failure.
 */
class S3EvidenceStorage implements EvidenceStorage, AutoCloseable {

	/** A health check answers within this, whatever the client's retries. */
	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

	private final S3Client s3;
	private final String bucket;
	private final String description;
	private final IncomingFiles incoming;
	private final S3ObjectWriter writer;

	S3EvidenceStorage(S3Client s3, S3Settings settings, IncomingFiles incoming) {
		this.s3 = s3;
		this.bucket = settings.bucket();
		this.description = settings.describe();
		this.incoming = incoming;
		this.writer = new S3ObjectWriter(s3, bucket, settings.partSize());
		incoming.removeStale(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
	}

	@Override
	public PendingFile receive(InputStream content, long maxBytes) throws IOException {
		return incoming.receive(content, maxBytes);
	}

	@Override
	public String commit(PendingFile file) throws IOException {
		String key = StorageKeys.newKey();
		try (InputStream content = file.open()) {
			writer.write(key, content, new S3ObjectWriter.Expected(file.sha256(), file.size()));
		}
		return key;
	}

	@Override
	public void discard(PendingFile file) {
		incoming.discard(file);
	}

	@Override
	public void delete(String key) {
		StorageKeys.check(key);
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(key));
		}
		catch (SdkException e) {
			throw new UncheckedIOException(S3ObjectWriter.failed("delete " + key, e));
		}
	}

	@Override
	public void restore(String key, InputStream content) throws IOException {
		writer.write(StorageKeys.check(key), content, S3ObjectWriter.Expected.ANY);
	}

	@Override
	public InputStream open(String key) throws IOException {
		StorageKeys.check(key);
		try {
			return s3.getObject(b -> b.bucket(bucket).key(key));
		}
		catch (NoSuchKeyException e) {
			NoSuchFileException missing = new NoSuchFileException(key);
			missing.initCause(e);
			throw missing;
		}
		catch (SdkException e) {
			throw S3ObjectWriter.failed("read " + key, e);
		}
	}

	/** Every object in the bucket: one list request per 1,000 objects. */
	@Override
	public long countFiles() throws IOException {
		try {
			return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).count();
		}
		catch (SdkException e) {
			throw S3ObjectWriter.failed("list " + bucket, e);
		}
	}

	/** One HEAD request within 5 seconds: the store answers, the credentials are accepted and the bucket exists. */
	@Override
	public String check() throws IOException {
		try {
			s3.headBucket(b -> b.bucket(bucket).overrideConfiguration(o -> o.apiCallTimeout(CHECK_TIMEOUT)));
		}
		catch (SdkException e) {
			throw S3ObjectWriter.failed("reach bucket " + bucket, e);
		}
		return description;
	}

	@Override
	public void close() {
		s3.close();
	}
}
