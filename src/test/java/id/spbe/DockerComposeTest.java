package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * docker-compose.yml is never run here (no Docker engine on the development machines), so its
 * production shape is checked by reading it: two application replicas behind a TLS-terminating
 * proxy that passes X-Forwarded-*, PostgreSQL and an S3-compatible store, each with a health
 * check, and the application configured with the storage variables the S3 storage reads.
 */
class DockerComposeTest {

	private static JsonNode services;

	@BeforeAll
	static void read() throws Exception {
		services = new YAMLMapper().readTree(Files.readString(Path.of("docker-compose.yml"))).get("services");
	}

	@Test
	void theServicesAreTheProductionShape() {
		assertThat(names(services)).containsExactlyInAnyOrder("proxy", "app", "db", "objects", "objects-bucket");
		assertThat(services.get("db").get("image").asString()).startsWith("postgres:17");
		assertThat(services.get("objects").get("image").asString()).startsWith("minio/minio");
		for (String service : List.of("proxy", "app", "db", "objects")) {
			assertThat(services.get(service).get("restart").asString()).as(service).isEqualTo("unless-stopped");
			JsonNode health = services.get(service).get("healthcheck");
			assertThat(health).as(service + " health check").isNotNull();
			assertThat(health.get("test").isArray()).isTrue();
			assertThat(health.get("test").size()).isGreaterThan(1);
		}
	}

	@Test
	void twoAppReplicasReachableOnlyThroughTheProxyAndReadyWhenTheirReadinessSaysSo() {
		JsonNode app = services.get("app");
		assertThat(app.get("deploy").get("replicas").asInt()).isEqualTo(2);
		assertThat(app.get("ports")).as("no port of a node is published; the proxy is the way in").isNull();
		assertThat(app.get("expose").get(0).asString()).isEqualTo("8080");
		assertThat(app.get("healthcheck").get("test").toString()).contains("/actuator/health/readiness").contains(" 200 ");
		assertThat(app.get("depends_on").get("db").get("condition").asString()).isEqualTo("service_healthy");
		assertThat(app.get("depends_on").get("objects-bucket").get("condition").asString())
				.isEqualTo("service_completed_successfully");
		assertThat(services.get("objects-bucket").get("depends_on").get("objects").get("condition").asString())
				.isEqualTo("service_healthy");
		assertThat(services.get("proxy").get("depends_on").get("app").get("condition").asString()).isEqualTo("service_healthy");
	}

	@Test
	void theAppTrustsTheProxysForwardedHeadersAndUsesTheObjectStoreAndPostgres() {
		Map<String, String> env = environment(services.get("app"));
		assertThat(env).containsEntry("SPBE_FORWARD_HEADERS", "native").containsEntry("SPBE_STORAGE", "s3")
				.containsEntry("SPBE_S3_ENDPOINT", "http://objects:9000").containsEntry("SPBE_S3_PATH_STYLE", "true")
				.containsEntry("SPBE_DB_URL", "jdbc:postgresql://db:5432/spbe").containsEntry("SPBE_DEMO", "false")
				.containsKeys("SPBE_S3_BUCKET", "SPBE_S3_REGION", "SPBE_S3_ACCESS_KEY", "SPBE_S3_SECRET_KEY", "SPBE_DB_USER",
						"SPBE_DB_PASSWORD", "SPBE_ADMIN_PASSWORD");
		assertThat(env.get("SPBE_S3_SECRET_KEY")).as("secrets come from the environment, never the file").startsWith("${");
		assertThat(env.get("SPBE_DB_PASSWORD")).startsWith("${");
		assertThat(services.get("objects-bucket").get("entrypoint").toString()).contains("spbe-evidence");
		assertThat(env.get("SPBE_S3_BUCKET")).isEqualTo("spbe-evidence");
	}

	@Test
	void theProxyTerminatesTlsAndBalancesOverEveryReplica() throws Exception {
		JsonNode proxy = services.get("proxy");
		assertThat(proxy.get("ports").toString()).contains("443:443").contains("80:80");
		assertThat(proxy.get("volumes").toString()).contains("./deploy/Caddyfile:/etc/caddy/Caddyfile");
		String caddyfile = Files.readString(Path.of("deploy/Caddyfile"));
		assertThat(caddyfile).contains("{$SPBE_DOMAIN:localhost} {").contains("dynamic a app 8080")
				.contains("lb_policy round_robin").contains("max_size 101MB");
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	private static Map<String, String> environment(JsonNode service) {
		Map<String, String> env = new TreeMap<>();
		JsonNode e = service.get("environment");
		for (String name : names(e)) {
			env.put(name, e.get(name).asString());
		}
		return env;
	}
}
