package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;

/** The test server itself: a real S3 answer, signatures checked, content kept across a stop. */
class S3TestServerTest {

	@Test
	void storesAndKeepsObjectsAcrossAStop() {
		try (S3TestServer server = S3TestServer.start()) {
			server.client().putObject(b -> b.bucket(S3TestServer.BUCKET).key("a/b"), RequestBody.fromString("hello"));
			assertThat(server.keys()).containsExactly("a/b");

			server.stop();
			assertThatThrownBy(server::keys).isInstanceOf(SdkClientException.class);

			server.restart();
			assertThat(server.client().getObjectAsBytes(b -> b.bucket(S3TestServer.BUCKET).key("a/b")).asString(StandardCharsets.UTF_8))
				.isEqualTo("hello");
		}
	}
}
