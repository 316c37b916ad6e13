package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Behind a TLS-terminating proxy (SPBE_FORWARD_HEADERS=native): a request the proxy marks
 * {@code X-Forwarded-Proto: https} gets HSTS and a Secure session cookie; a plain one neither.
 * The test client connects from localhost, which Tomcat trusts as an internal proxy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@Import(Fixtures.class)
class ForwardedProtoTest {

	@LocalServerPort
	int port;

	private HttpResponse<String> login(boolean forwardedHttps) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
		if (forwardedHttps) {
			request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void forwardedHttpsMakesTheSessionCookieSecureAndSendsHsts() throws Exception {
		HttpResponse<String> response = login(true);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).startsWith("max-age="));
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("; Secure")
				.containsIgnoringCase("HttpOnly"));
	}

	@Test
	void plainHttpGetsNeither() throws Exception {
		HttpResponse<String> response = login(false);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().allValues("Set-Cookie"))
				.allSatisfy(cookie -> assertThat(cookie).doesNotContain("; Secure"));
	}
}
