package id.spbe.evidence;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Where the object store is ({@code spbe.storage.s3.*}, from {@code SPBE_S3_ENDPOINT},
 * {@code SPBE_S3_BUCKET}, {@code SPBE_S3_REGION}, {@code SPBE_S3_ACCESS_KEY},
 * {@code SPBE_S3_SECRET_KEY}, {@code SPBE_S3_PATH_STYLE}).
 *
 * @param endpoint  the store's address (MinIO, Ceph, S3Proxy, ...); empty for AWS itself
 * @param bucket    the bucket, created beforehand
 * @param region    the region the requests are signed for
 * @param accessKey with {@code secretKey}; both empty: the SDK's default credentials (environment,
 *                  instance profile)
 * @param secretKey the secret of {@code accessKey}
 * @param pathStyle {@code http://host/bucket/key} instead of {@code http://bucket.host/key}, which
 *                  most self-hosted stores need
 * @param partSize  objects larger than this go up as a multipart upload of parts this size; also
 *                  the memory one upload in flight holds
 */
record S3Settings(String endpoint, String bucket, String region, String accessKey, String secretKey,
		boolean pathStyle, long partSize) {

	/** S3's smallest part but the last. */
	static final long MIN_PART_SIZE = 5L * 1024 * 1024;
	/** Kept well below what a request may hold in memory (one buffer of this size per upload in flight). */
	static final long MAX_PART_SIZE = 64L * 1024 * 1024;

	S3Settings {
		endpoint = endpoint == null ? "" : endpoint.strip();
		bucket = bucket == null ? "" : bucket.strip();
		region = region == null || region.isBlank() ? "us-east-1" : region.strip();
		accessKey = accessKey == null ? "" : accessKey.strip();
		secretKey = secretKey == null ? "" : secretKey.strip();
		if (bucket.isEmpty()) {
			throw new IllegalStateException("spbe.storage.type=s3 needs a bucket: set SPBE_S3_BUCKET (spbe.storage.s3.bucket)");
		}
		if (accessKey.isEmpty() != secretKey.isEmpty()) {
			throw new IllegalStateException("Set both SPBE_S3_ACCESS_KEY and SPBE_S3_SECRET_KEY, or neither");
		}
		if (!endpoint.isEmpty() && !endpoint.matches("https?://[^\\s/]+(/[^\\s]*)?")) {
			throw new IllegalStateException("SPBE_S3_ENDPOINT must be an http or https address, not '" + endpoint + "'");
		}
		if (partSize < MIN_PART_SIZE || partSize > MAX_PART_SIZE) {
			throw new IllegalStateException("spbe.storage.s3.part-size must be between 5MB and 64MB, not " + partSize + " bytes");
		}
	}

	/**
	 * A synchronous client on the Apache HTTP client. Checksums only where the API requires them:
	 * many S3-compatible stores do not accept the SDK's newer default (trailing CRC checksums in
	 * aws-chunked bodies); every part carries a Content-MD5 instead (see {@link S3ObjectWriter}).
	 */
	S3Client client() {
		return clientBuilder().build();
	}

	/** {@link #client()} before it is built (tests add an interceptor). */
	S3ClientBuilder clientBuilder() {
		S3ClientBuilder builder = S3Client.builder()
			.region(Region.of(region))
			.credentialsProvider(credentials())
			.forcePathStyle(pathStyle)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(Apache5HttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(60))
				.maxConnections(100));
		if (!endpoint.isEmpty()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder;
	}

	private AwsCredentialsProvider credentials() {
		if (accessKey.isEmpty()) {
			return DefaultCredentialsProvider.builder().build();
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey));
	}

	/** The store in words for health details and logs: never the keys. */
	String describe() {
		return "s3 " + (endpoint.isEmpty() ? "aws:" + region : endpoint) + " bucket " + bucket;
	}

	@Override
	public String toString() {
		return describe();
	}
}
