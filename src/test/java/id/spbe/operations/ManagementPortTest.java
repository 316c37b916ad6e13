package id.spbe.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With {@code SPBE_MANAGEMENT_PORT} the actuator lives on its own port: Prometheus and health open
 * there (the operators' network), health details still the administrators', every other endpoint
 * closed; and the application port serves no actuator at all, not even to an administrator.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "SPBE_MANAGEMENT_PORT=0")
class ManagementPortTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int appPort;

	@LocalManagementPort
	int managementPort;

	@Test
	void prometheusAndHealthAreOnTheManagementPortOnly() throws Exception {
		assertThat(managementPort).isNotEqualTo(appPort);

		HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus", null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("spbe_evidence_uploads_total", "spbe_signin_failures_total");

		HttpResponse<String> health = get(managementPort, "/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
		assertThat(get(managementPort, "/actuator/health", "admin:demo").body()).contains("evidenceStorage");
		assertThat(get(managementPort, "/actuator/env", null).statusCode()).isEqualTo(401);

		HttpResponse<String> onApp = get(appPort, "/actuator/prometheus", "admin:demo");
		assertThat(onApp.statusCode()).isEqualTo(404);
		assertThat(onApp.body()).doesNotContain("spbe_", "jvm_");
		assertThat(get(appPort, "/actuator/health", null).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> get(int port, String path, String basic) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (basic != null) {
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
