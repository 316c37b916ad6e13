package id.spbe.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.springframework.test.context.DynamicPropertyRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListMultipartUploadsResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * A real S3-compatible server for tests: S3Proxy in this JVM on a free port of 127.0.0.1, with
 * signature checks on, an in-memory store and one bucket. {@link #stop()} and {@link #restart()}
 * make the store go away and come back on the same port with its content, so a test can cut the
 * store off in the middle of an upload and then look at what was left.
 *
 * <p>In a Spring test, hand its settings to the application with {@link #register} (in a
 * {@code @DynamicPropertySource} method) or {@link #properties()} / {@link #args()} (for a context
 * started by hand, e.g. with {@code SpringApplicationBuilder}); {@link #shared()} is one server
 * for the whole test JVM, {@link #start()} a new one that a test may stop.
 */
public final class S3TestServer implements AutoCloseable {

	public static final String BUCKET = "evidence";
	public static final String REGION = "us-east-1";
	public static final String ACCESS_KEY = "test-access-key";
	public static final String SECRET_KEY = "test-secret-key-0123456789";

	private static S3TestServer shared;

	private final BlobStore store = new TransientNio2BlobStore();
	private final int port;
	private S3Proxy proxy;
	private S3Client client;

	private S3TestServer(int port) {
		this.port = port;
		store.createContainer(BUCKET);
	}

	/** Starts a new server with an empty bucket {@link #BUCKET} on a free port. */
	public static S3TestServer start() {
		S3TestServer server = new S3TestServer(freePort());
		server.restart();
		return server;
	}

	/** One server for the whole test JVM, started on first use and never stopped by tests. */
	public static synchronized S3TestServer shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	/** {@code http://127.0.0.1:<port>}: the endpoint for path-style requests. */
	public String endpoint() {
		return "http://127.0.0.1:" + port;
	}

	/**
	 * The application's settings for this server: the {@code spbe.storage.*} properties that
	 * {@code SPBE_STORAGE}, {@code SPBE_S3_ENDPOINT}, ... set in production.
	 */
	public Map<String, String> properties() {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spbe.storage.type", "s3");
		properties.put("spbe.storage.s3.endpoint", endpoint());
		properties.put("spbe.storage.s3.bucket", BUCKET);
		properties.put("spbe.storage.s3.region", REGION);
		properties.put("spbe.storage.s3.access-key", ACCESS_KEY);
		properties.put("spbe.storage.s3.secret-key", SECRET_KEY);
		properties.put("spbe.storage.s3.path-style", "true");
		return properties;
	}

	/** {@link #properties()} as command-line arguments ({@code --name=value}). */
	public String[] args() {
		return properties().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	/** Registers {@link #properties()} with a test context ({@code @DynamicPropertySource}). */
	public void register(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	/** A client of this server, for looking at the bucket from a test. */
	public synchronized S3Client client() {
		if (client == null) {
			client = S3Client.builder()
				.endpointOverride(URI.create(endpoint()))
				.region(Region.of(REGION))
				.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
				.forcePathStyle(true)
				.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
				.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
				.httpClientBuilder(Apache5HttpClient.builder())
				.build();
		}
		return client;
	}

	/** The keys of every object in the bucket (complete objects only). */
	public List<String> keys() {
		List<String> keys = new ArrayList<>();
		client().listObjectsV2Paginator(b -> b.bucket(BUCKET)).contents().stream().map(S3Object::key).forEach(keys::add);
		return keys;
	}

	/** The multipart uploads begun and neither completed nor aborted, as "key" strings. */
	public List<String> unfinishedUploads() {
		ListMultipartUploadsResponse response = client().listMultipartUploads(b -> b.bucket(BUCKET));
		return response.uploads().stream().map(u -> u.key()).toList();
	}

	/** Empties the bucket: deletes every object and aborts every unfinished multipart upload. */
	public void clear() {
		keys().forEach(key -> client().deleteObject(b -> b.bucket(BUCKET).key(key)));
		client().listMultipartUploads(b -> b.bucket(BUCKET)).uploads()
			.forEach(u -> client().abortMultipartUpload(b -> b.bucket(BUCKET).key(u.key()).uploadId(u.uploadId())));
	}

	/** Stops answering (connections refused) and keeps the content. */
	public synchronized void stop() {
		if (proxy == null) {
			return;
		}
		try {
			proxy.stop();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot stop S3Proxy", e);
		}
		proxy = null;
	}

	/** Starts answering again on the same port with the same content; a no-op when running. */
	public synchronized void restart() {
		if (proxy != null) {
			return;
		}
		S3Proxy next = S3Proxy.builder()
			.blobStore(store)
			.endpoint(URI.create(endpoint()))
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.stopTimeout(0)
			.build();
		try {
			next.start();
			while (!"STARTED".equals(next.getState())) {
				Thread.sleep(10);
			}
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot start S3Proxy on " + endpoint(), e);
		}
		proxy = next;
	}

	/** Whether the server is answering. */
	public synchronized boolean running() {
		return proxy != null;
	}

	@Override
	public synchronized void close() {
		stop();
		if (client != null) {
			client.close();
			client = null;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
