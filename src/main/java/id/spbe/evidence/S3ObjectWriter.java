package id.spbe.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Writes one object from a stream so that it becomes visible only once complete: content up to
 * one part is a single PUT sent after the whole of it was read; larger content a multipart upload
 * of parts of {@code partSize}, completed only after the last part, and aborted on any failure
 * (the stream failing, the store failing, the content not what was expected), so that no object is
 * left. Memory: one part's buffer. The SHA-256 and size of what is read are checked against the
 * expected ones before the object is completed; every part carries its Content-MD5, which the
 * store checks on arrival.
 */
final class S3ObjectWriter {

	private static final Logger log = LoggerFactory.getLogger(S3ObjectWriter.class);
	private static final String CONTENT_TYPE = "application/octet-stream";

	/** What the content must be, or {@link #ANY}. */
	record Expected(String sha256, long size) {
		static final Expected ANY = new Expected(null, -1);
	}

	private final S3Client s3;
	private final String bucket;
	private final int partSize;

	S3ObjectWriter(S3Client s3, String bucket, long partSize) {
		this.s3 = s3;
		this.bucket = bucket;
		this.partSize = Math.toIntExact(partSize);
	}

	/**
	 * Writes {@code content} under {@code key}.
	 *
	 * @throws IOException when reading fails, the store fails or the content is not as expected;
	 *                     nothing is visible under {@code key} (unless it was there before)
	 */
	void write(String key, InputStream content, Expected expected) throws IOException {
		MessageDigest sha = IncomingFiles.sha256();
		byte[] buffer = new byte[partSize];
		int read = fill(content, buffer, sha);
		if (read < partSize) {
			check(expected, sha, read);
			try {
				s3.putObject(b -> b.bucket(bucket).key(key).contentType(CONTENT_TYPE).contentLength((long) read)
					.contentMD5(md5(buffer, read)), body(buffer, read));
			}
			catch (SdkException e) {
				throw failed("put " + key, e);
			}
			return;
		}
		String uploadId;
		try {
			uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(key).contentType(CONTENT_TYPE)).uploadId();
		}
		catch (SdkException e) {
			throw failed("start the upload of " + key, e);
		}
		try {
			List<CompletedPart> parts = new ArrayList<>();
			long size = 0;
			int length = read;
			while (length > 0) {
				parts.add(part(key, uploadId, parts.size() + 1, buffer, length));
				size += length;
				length = length == partSize ? fill(content, buffer, sha) : 0;
			}
			check(expected, sha, size);
			s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId)
				.multipartUpload(m -> m.parts(parts)));
		}
		catch (IOException | RuntimeException e) {
			abort(key, uploadId, e);
			throw e instanceof SdkException sdk ? failed("upload " + key, sdk)
					: e instanceof IOException io ? io : new IOException(e.getMessage(), e);
		}
	}

	private CompletedPart part(String key, String uploadId, int number, byte[] buffer, int length) {
		String etag = s3.uploadPart(b -> b.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
			.contentLength((long) length).contentMD5(md5(buffer, length)), body(buffer, length)).eTag();
		return CompletedPart.builder().partNumber(number).eTag(etag).build();
	}

	/** Aborts the upload; when the store cannot be reached it stays unfinished and invisible. */
	private void abort(String key, String uploadId, Exception cause) {
		try {
			s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(uploadId));
		}
		catch (SdkException e) {
			cause.addSuppressed(e);
			log.warn("Could not abort the multipart upload {} of {} ({}); it stays invisible until the bucket's "
					+ "lifecycle rule for incomplete uploads removes it", uploadId, key, e.getMessage());
		}
	}

	private static void check(Expected expected, MessageDigest sha, long size) throws IOException {
		if (expected.sha256() == null) {
			return;
		}
		String actual = HexFormat.of().formatHex(sha.digest());
		if (size != expected.size() || !actual.equals(expected.sha256())) {
			throw new IOException("Content changed before it was stored: " + size + " bytes with SHA-256 " + actual
					+ ", expected " + expected.size() + " bytes with " + expected.sha256());
		}
	}

	/** Reads until {@code buffer} is full or the content ends; returns the bytes read. */
	private static int fill(InputStream content, byte[] buffer, MessageDigest sha) throws IOException {
		int filled = 0;
		while (filled < buffer.length) {
			int read = content.read(buffer, filled, buffer.length - filled);
			if (read == -1) {
				break;
			}
			sha.update(buffer, filled, read);
			filled += read;
		}
		return filled;
	}

	private static RequestBody body(byte[] buffer, int length) {
		return RequestBody.fromContentProvider(() -> new ByteArrayInputStream(buffer, 0, length), length, CONTENT_TYPE);
	}

	private static String md5(byte[] buffer, int length) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			md5.update(buffer, 0, length);
			return Base64.getEncoder().encodeToString(md5.digest());
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static IOException failed(String what, SdkException e) {
		return new IOException("Object store: could not " + what + ": " + e.getMessage(), e);
	}
}
