package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.Fixtures;
import id.spbe.ServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Multipart bodies that only the real servlet container parses: a file name with a NUL gets a message, not a 500. */
@ServerTest
class MultipartServerTest {

	@LocalServerPort
	int port;
	@Autowired
	Fixtures fixtures;

	@Test
	void aFileNameWithANulIsRefusedWithAMessage() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		String body = "--XX\r\nContent-Disposition: form-data; name=\"levels\"\r\n\r\n1\r\n"
				+ "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ab\u0000c.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\nisi\r\n--XX--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/evaluations/"
				+ a.evaluationId() + "/indicators/1/evidence"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((a.operatorName() + ":demo").getBytes()))
				.header("Content-Type", "multipart/form-data; boundary=XX")
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Nama berkas tidak dapat dibaca");
	}
}
