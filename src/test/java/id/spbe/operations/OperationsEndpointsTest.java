package id.spbe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.selfassessment.TestFiles;
import id.spbe.user.CurrentUser;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator on the application port: health open with its status only, details and the
 * Prometheus metrics for administrators, every other endpoint closed; and the product's counters
 * moving with what they count.
 */
@IntegrationTest
class OperationsEndpointsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final AtomicInteger ADDRESS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MeterRegistry meters;

	@Test
	void healthIsOpenWithItsStatusOnlyAndDetailedForAdministrators() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
			JsonNode anonymous = json(mvc.perform(get(path)).andReturn().getResponse(), 200);
			assertThat(anonymous.path("status").asString()).as(path).isEqualTo("UP");
			// the status only (the health endpoint also names its groups, which tells nothing)
			assertThat(anonymous.propertyNames()).as(path + " for anonymous").isSubsetOf("status", "groups");
			for (CurrentUser notAdmin : List.of(fixtures.login("asesor"), agency.coordinator())) {
				JsonNode shown = json(mvc.perform(get(path).with(user(notAdmin))).andReturn().getResponse(), 200);
				assertThat(shown.has("components")).as(path + " for " + notAdmin.getUsername()).isFalse();
			}
		}
		JsonNode readiness = json(mvc.perform(get("/actuator/health/readiness").with(user(fixtures.login("admin"))))
				.andReturn().getResponse(), 200);
		assertThat(readiness.path("components").propertyNames()).contains("db", "evidenceStorage", "readinessState");
		assertThat(readiness.path("components").path("evidenceStorage").path("status").asString()).isEqualTo("UP");
		JsonNode health = json(mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo")).with(from()))
				.andReturn().getResponse(), 200);
		assertThat(health.path("components").path("db").path("details").path("database").asString())
				.isEqualTo("PostgreSQL");
		assertThat(health.path("components").propertyNames()).contains("diskSpace", "ping", "evidenceStorage");
	}

	@Test
	void prometheusIsRefusedToEveryoneButAdministrators() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("pemdi-2026");
		MockHttpServletResponse anonymous = mvc.perform(get("/actuator/prometheus").header("Accept-Language", "en"))
				.andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(message(anonymous)).isEqualTo("Sign in with username and password (HTTP Basic) to use the API.");
		assertThat(anonymous.getContentAsString()).doesNotContain("jvm_", "spbe_");

		for (CurrentUser notAdmin : List.of(fixtures.login("asesor"), agency.coordinator(), agency.operator())) {
			MockHttpServletResponse refused = mvc.perform(get("/actuator/prometheus").with(user(notAdmin))
					.header("Accept-Language", "en")).andReturn().getResponse();
			assertThat(refused.getStatus()).as(notAdmin.getUsername()).isEqualTo(403);
			assertThat(message(refused)).as(notAdmin.getUsername()).isEqualTo("Only administrators may use this.");
			assertThat(refused.getContentAsString()).doesNotContain("jvm_", "spbe_");
		}
		MockHttpServletResponse basic = mvc.perform(get("/actuator/prometheus")
				.with(httpBasic(agency.coordinatorName(), "demo")).with(from())).andReturn().getResponse();
		assertThat(basic.getStatus()).isEqualTo(403);

		MockHttpServletResponse admin = mvc.perform(get("/actuator/prometheus").with(user(fixtures.login("admin"))))
				.andReturn().getResponse();
		assertThat(admin.getStatus()).isEqualTo(200);
		assertThat(admin.getContentAsString()).contains("spbe_evidence_uploads_total", "spbe_submissions_total",
				"spbe_signin_failures_total", "jvm_memory_used_bytes", "hikaricp_connections");
	}

	@Test
	void everyOtherActuatorEndpointIsClosedEvenToAdministrators() throws Exception {
		for (String path : List.of("/actuator", "/actuator/env", "/actuator/beans", "/actuator/metrics",
				"/actuator/heapdump", "/actuator/loggers")) {
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(401);
			MockHttpServletResponse admin = mvc.perform(get(path).with(user(fixtures.login("admin")))).andReturn()
					.getResponse();
			assertThat(admin.getStatus()).as(path).isEqualTo(403);
			assertThat(admin.getContentAsString()).as(path).doesNotContain("spring.datasource", "propertySources");
		}
		// a write to health is no read: refused, not served
		assertThat(mvc.perform(post("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void countersMoveWithFailedSignInsUploadsAndSubmissions() throws Exception {
		double failures = count(ActivityCounters.SIGN_IN_FAILURES);
		MockHttpServletResponse wrong = mvc.perform(get("/api/instruments").with(httpBasic("admin", "wrong-password"))
				.with(from())).andReturn().getResponse();
		assertThat(wrong.getStatus()).isEqualTo(401);
		assertThat(count(ActivityCounters.SIGN_IN_FAILURES)).isEqualTo(failures + 1);

		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		double uploads = count("spbe.evidence.uploads");
		byte[] pdf = TestFiles.pdf("Metrik unggahan " + System.nanoTime());
		MockMultipartHttpServletRequestBuilder upload = multipart("/api/evaluations/{id}/indicators/2/evidence",
				agency.evaluationId()).file(new MockMultipartFile("file", "sop.pdf", "application/pdf", pdf))
				.param("levels", "2");
		assertThat(mvc.perform(upload.with(httpBasic(agency.operatorName(), "demo")).with(from())).andReturn()
				.getResponse().getStatus()).isEqualTo(201);
		assertThat(count("spbe.evidence.uploads")).isEqualTo(uploads + 1);
		// the same file again is a duplicate: nothing stored, nothing counted
		MockMultipartHttpServletRequestBuilder again = multipart("/api/evaluations/{id}/indicators/2/evidence",
				agency.evaluationId()).file(new MockMultipartFile("file", "lagi.pdf", "application/pdf", pdf))
				.param("levels", "2");
		assertThat(mvc.perform(again.with(httpBasic(agency.operatorName(), "demo")).with(from())).andReturn()
				.getResponse().getStatus()).isEqualTo(409);
		assertThat(count("spbe.evidence.uploads")).isEqualTo(uploads + 1);

		double submissions = count(ActivityCounters.SUBMISSIONS);
		fixtures.submit(agency);
		assertThat(count(ActivityCounters.SUBMISSIONS)).isEqualTo(submissions + 1);

		String scraped = mvc.perform(get("/actuator/prometheus").with(user(fixtures.login("admin")))).andReturn()
				.getResponse().getContentAsString();
		assertThat(scraped).contains("spbe_submissions_total{application=\"spbe-eval\"} "
				+ (double) (long) count(ActivityCounters.SUBMISSIONS));
		assertThat(scraped).contains("http_server_requests_seconds_count");
	}

	private double count(String name) {
		return meters.get(name).counter().count();
	}

	/** A client address of its own, so that the per-address sign-in counts of other tests do not mix in. */
	private static RequestPostProcessor from() {
		String address = "10.78.0." + ADDRESS.getAndIncrement(); // apart from the throttling tests' 10.77.x.x
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private static JsonNode json(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		return JSON.readTree(response.getContentAsString());
	}

	private static String message(MockHttpServletResponse response) throws Exception {
		return JSON.readTree(response.getContentAsString()).path("message").asString();
	}
}
