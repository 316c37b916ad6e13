package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * The object storage against a real S3 server (S3Proxy): single and multipart uploads, versions
 * as separate keys, download, restore, and every way an upload can fail leaving no object.
 */
class S3EvidenceStorageTest {

	/** The smallest part S3 allows; files above it go up in parts. */
	private static final int PART = (int) S3Settings.MIN_PART_SIZE;

	static S3TestServer server;

	@TempDir
	Path temp;

	/** Stops the store when the first part has arrived: the store going away mid-upload. */
	final AtomicInteger partsBeforeOutage = new AtomicInteger(-1);
	S3Client client;
	S3EvidenceStorage storage;

	@BeforeAll
	static void startStore() {
		server = S3TestServer.start();
	}

	@AfterAll
	static void stopStore() {
		server.close();
	}

	@BeforeEach
	void storage() {
		server.restart();
		server.clear();
		S3Settings settings = settings(server.endpoint());
		client = settings.clientBuilder().overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
			@Override
			public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
				if (context.request() instanceof UploadPartRequest && partsBeforeOutage.decrementAndGet() == 0) {
					server.stop();
				}
			}
		})).build();
		storage = new S3EvidenceStorage(client, settings, new IncomingFiles(temp.resolve("incoming")));
	}

	@AfterEach
	void closeClient() {
		storage.close();
		server.restart();
	}

	private static S3Settings settings(String endpoint) {
		return new S3Settings(endpoint, S3TestServer.BUCKET, S3TestServer.REGION, S3TestServer.ACCESS_KEY,
				S3TestServer.SECRET_KEY, true, PART);
	}

	@Test
	void aSmallFileIsOneObjectUnderAGeneratedKeyReadBackIdentical() throws Exception {
		byte[] content = bytes(1000);
		PendingFile file = storage.receive(new ByteArrayInputStream(content), 10_000);
		assertThat(file.sha256()).isEqualTo(sha256(content));
		assertThat(server.keys()).as("nothing in the store before commit").isEmpty();

		String key = storage.commit(file);
		storage.discard(file);

		assertThat(key).matches("[0-9a-f]{2}/[0-9a-f-]{36}");
		assertThat(server.keys()).containsExactly(key);
		assertThat(read(key)).isEqualTo(content);
		assertThat(storage.countFiles()).isEqualTo(1);
		assertThat(Files.exists(file.path())).as("received file gone").isFalse();
	}

	@Test
	void aLargeFileGoesUpInPartsAndIsReadBackIdentical() throws Exception {
		byte[] content = bytes(2 * PART + 12_345);
		PendingFile file = storage.receive(new ByteArrayInputStream(content), 50L * 1024 * 1024);

		String key = storage.commit(file);

		assertThat(server.keys()).containsExactly(key);
		assertThat(read(key)).isEqualTo(content);
		assertThat(server.unfinishedUploads()).isEmpty();
	}

	@Test
	void aNewVersionIsANewObjectAndTheOldOneStays() throws Exception {
		byte[] v1 = bytes(PART + 1);
		byte[] v2 = bytes(300);
		String k1 = storage.commit(storage.receive(new ByteArrayInputStream(v1), Long.MAX_VALUE));
		String k2 = storage.commit(storage.receive(new ByteArrayInputStream(v2), Long.MAX_VALUE));

		assertThat(k1).isNotEqualTo(k2);
		assertThat(read(k1)).isEqualTo(v1);
		assertThat(read(k2)).isEqualTo(v2);
		storage.delete(k1);
		assertThat(server.keys()).containsExactly(k2);
		assertThatThrownBy(() -> storage.open(k1)).isInstanceOf(NoSuchFileException.class);
	}

	@Test
	void tooLargeIsRefusedWhileStreamingAndNothingIsKept() {
		assertThatThrownBy(() -> storage.receive(new ByteArrayInputStream(bytes(5000)), 4999))
			.isInstanceOf(FileTooLargeException.class);
		assertThat(temp.resolve("incoming").toFile().list()).isEmpty();
		assertThat(server.keys()).isEmpty();
	}

	@Test
	void restoreWritesUnderTheGivenKeyAndReplaces() throws Exception {
		String key = "ab/ab000000-0000-4000-8000-000000000001";
		byte[] large = bytes(PART + 77);
		storage.restore(key, new ByteArrayInputStream(large));
		assertThat(read(key)).isEqualTo(large);
		byte[] small = bytes(10);
		storage.restore(key, new ByteArrayInputStream(small));
		assertThat(read(key)).isEqualTo(small);
		assertThat(server.keys()).containsExactly(key);
		assertThatThrownBy(() -> storage.restore("../etc/passwd", new ByteArrayInputStream(small)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aStreamThatFailsAfterThePartsBeganLeavesNoObjectAndNoUnfinishedUpload() {
		String key = "cd/cd000000-0000-4000-8000-000000000002";
		InputStream broken = failingAfter(PART + PART / 2);

		assertThatThrownBy(() -> storage.restore(key, broken)).isInstanceOf(IOException.class)
			.hasMessageContaining("connection reset");

		assertThat(server.keys()).isEmpty();
		assertThat(server.unfinishedUploads()).as("aborted").isEmpty();
	}

	@Test
	void aReceivedFileChangedBeforeCommitIsNotStored() throws Exception {
		PendingFile file = storage.receive(new ByteArrayInputStream(bytes(PART + 10)), Long.MAX_VALUE);
		byte[] tampered = Files.readAllBytes(file.path());
		tampered[PART + 5] ^= 1;
		Files.write(file.path(), tampered);

		assertThatThrownBy(() -> storage.commit(file)).isInstanceOf(IOException.class).hasMessageContaining("SHA-256");

		assertThat(server.keys()).isEmpty();
		assertThat(server.unfinishedUploads()).isEmpty();
	}

	@Test
	void theStoreGoingAwayMidUploadLeavesNoObject() throws Exception {
		PendingFile file = storage.receive(new ByteArrayInputStream(bytes(2 * PART + 1)), Long.MAX_VALUE);
		partsBeforeOutage.set(1);

		assertThatThrownBy(() -> storage.commit(file)).isInstanceOf(IOException.class)
			.hasMessageContaining("Object store");
		assertThat(server.running()).as("the store went away after the first part").isFalse();

		server.restart();
		assertThat(server.keys()).as("no object, complete or partial").isEmpty();
		// the abort could not reach the store either: the parts wait, invisible, for the lifecycle rule
		assertThat(server.unfinishedUploads()).hasSize(1);
	}

	@Test
	void healthAndOpenSayWhenTheStoreIsDown() throws Exception {
		EvidenceStorageHealthIndicator health = new EvidenceStorageHealthIndicator(storage);
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(health.health().getDetails().get("store").toString()).contains(server.endpoint(), "evidence")
			.doesNotContain(S3TestServer.SECRET_KEY);
		String key = storage.commit(storage.receive(new ByteArrayInputStream(bytes(10)), 100));

		server.stop();

		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		assertThatThrownBy(() -> storage.open(key)).isInstanceOf(IOException.class).isNotInstanceOf(NoSuchFileException.class);
		assertThatThrownBy(() -> storage.check()).isInstanceOf(IOException.class);
		server.restart();
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aMissingBucketIsReportedDown() throws Exception {
		S3Settings settings = new S3Settings(server.endpoint(), "no-such-bucket", S3TestServer.REGION,
				S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY, true, PART);
		try (S3EvidenceStorage other = new S3EvidenceStorage(settings.client(), settings,
				new IncomingFiles(temp.resolve("other")))) {
			assertThat(new EvidenceStorageHealthIndicator(other).health().getStatus()).isEqualTo(Status.DOWN);
		}
	}

	@Test
	void settingsAreCheckedAtStartUp() {
		assertThatThrownBy(() -> new S3Settings("", " ", "", "", "", false, PART)).hasMessageContaining("SPBE_S3_BUCKET");
		assertThatThrownBy(() -> new S3Settings("", "b", "", "key", "", false, PART)).hasMessageContaining("SPBE_S3_SECRET_KEY");
		assertThatThrownBy(() -> new S3Settings("minio:9000", "b", "", "", "", false, PART)).hasMessageContaining("SPBE_S3_ENDPOINT");
		assertThatThrownBy(() -> new S3Settings("", "b", "", "", "", false, 1024)).hasMessageContaining("part-size");
		assertThat(new S3Settings("http://minio:9000", "b", "", "k", "s", true, PART))
			.hasToString("s3 http://minio:9000 bucket b").extracting(S3Settings::region).isEqualTo("us-east-1");
	}

	private byte[] read(String key) throws IOException {
		try (InputStream in = storage.open(key)) {
			return in.readAllBytes();
		}
	}

	private static byte[] bytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static InputStream failingAfter(int bytes) {
		return new InputStream() {
			private int sent;

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return read(one, 0, 1) == -1 ? -1 : one[0];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (sent >= bytes) {
					throw new IOException("connection reset by peer");
				}
				int n = Math.min(length, bytes - sent);
				java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				sent += n;
				return n;
			}
		};
	}
}
