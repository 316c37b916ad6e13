package id.spbe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import id.spbe.evidence.S3TestServer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two application instances on random ports, as behind a load balancer without sticky sessions:
 * one PostgreSQL (the embedded server of {@code target/test-data-nodes}, which both share) and one
 * S3-compatible object store ({@link #storage()}). A user signs in on one node and goes on on the other (a
 * CSRF-protected page POST, its flash message read back on the first); sign-out and deactivation
 * on one node end the session on the other; a file uploaded on one downloads byte for byte on the
 * other; the deadline reminders, fired by both nodes at the same moments, run on one; and a node
 * that stops finishes the request under way first while the other goes on serving the session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
	/** Every ShedLock attempt of both nodes: which node, which lock, when, and whether it got it. */
	private static final List<Attempt> ATTEMPTS = new CopyOnWriteArrayList<>();

	private static ConfigurableApplicationContext node1;
	private static ConfigurableApplicationContext node2;
	private static String url1;
	private static String url2;
	private static Fixtures fixtures;
	private static JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10)).build();

	record Attempt(String node, String lock, long epochSecond, boolean acquired) {
	}

	@BeforeAll
	static void startTwoNodes() {
		node1 = node("node1");
		node2 = node("node2");
		url1 = "http://localhost:" + node1.getEnvironment().getProperty("local.server.port");
		url2 = "http://localhost:" + node2.getEnvironment().getProperty("local.server.port");
		fixtures = node1.getBean(Fixtures.class);
		jdbc = node1.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stopNodes() {
		for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] { node1, node2 }) {
			if (node != null && node.isActive()) {
				node.close();
			}
		}
	}

	/**
	 * The object store both nodes share: a real S3-compatible server in this JVM (S3Proxy). Each
	 * node keeps its own evidence directory, for the uploads it is still receiving only.
	 */
	static Map<String, Object> storage() {
		return new HashMap<>(S3TestServer.shared().properties());
	}

	private static ConfigurableApplicationContext node(String name) {
		Map<String, Object> properties = new HashMap<>(storage());
		properties.put("server.port", "0");
		properties.put("spbe.data-dir", "target/test-data-nodes");
		properties.put("spbe.evidence.dir", "target/test-data-nodes/evidence-" + name);
		// both nodes fire the deadline reminders at the same moments (every even second)
		properties.put("spbe.mail.reminder-cron", "*/2 * * * * *");
		// as command-line arguments, which win over application.yml (server.port: ${PORT:8080})
		String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
				.toArray(String[]::new);
		return new SpringApplicationBuilder(SpbeApplication.class, NodeExtras.class)
				.initializers(context -> {
					context.getBeanFactory().registerSingleton("testClassesExcluded", new TestClassesExcluded());
					context.getBeanFactory().addBeanPostProcessor(new RecordingLocks(name));
				}).run(args);
	}

	// ---- sessions

	@Test
	@Order(1)
	void signedInOnOneNodeTheUserGoesOnOnTheOther() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		HttpResponse<String> loginPage = get(url1, "/login", null);
		String anonymous = sessionCookie(loginPage).orElseThrow();
		Session session = signIn(url1, agency.coordinatorName(), "demo", anonymous, csrf(loginPage.body()));
		// a new session id at sign-in (session fixation), and the cookie's flags as before
		assertThat(session.cookie()).isNotEqualTo(anonymous);
		assertThat(session.setCookie()).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
		// kept 8 hours without use, in the database
		assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
				Integer.class, agency.coordinatorName())).isEqualTo(8 * 3600);

		String indicator = "/evaluations/" + agency.evaluationId() + "/indicators/1";
		HttpResponse<String> page = get(url1, indicator, session.cookie());
		assertThat(page.statusCode()).isEqualTo(200);
		String version = first(VERSION, page.body());

		// the form read on node 1 is sent to node 2: same session, same CSRF token
		HttpResponse<String> saved = post(url2, indicator, session.cookie(), Map.of("_csrf", csrf(page.body()),
				"level", "3", "justification", "Disimpan di node 2", "version", version));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(indicator);
		assertThat(jdbc.queryForObject("""
				select justification from indicator_assessment where evaluation_id = ? and indicator_number = 1""",
				String.class, agency.evaluationId())).isEqualTo("Disimpan di node 2");
		// the flash message written on node 2 is shown by node 1
		assertThat(get(url1, indicator, session.cookie()).body()).contains("Indikator 1 disimpan.");

		// without the session, node 2 asks to sign in; without the CSRF token, it refuses the POST
		assertThat(get(url2, indicator, null).headers().firstValue("Location").orElseThrow()).endsWith("/login");
		HttpResponse<String> noToken = post(url2, indicator, session.cookie(),
				Map.of("level", "4", "justification", "Tanpa token", "version", version));
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(jdbc.queryForObject("""
				select justification from indicator_assessment where evaluation_id = ? and indicator_number = 1""",
				String.class, agency.evaluationId())).isEqualTo("Disimpan di node 2");
	}

	@Test
	@Order(2)
	void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		Session session = signIn(url1, agency.operatorName(), "demo");
		assertThat(get(url2, "/", session.cookie()).statusCode()).isEqualTo(200);
		HttpResponse<String> home = get(url2, "/", session.cookie());
		HttpResponse<String> out = post(url2, "/logout", session.cookie(), Map.of("_csrf", csrf(home.body())));
		assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		assertThat(get(url1, "/", session.cookie()).headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				agency.operatorName())).isZero();
	}

	@Test
	@Order(3)
	void aUserDeactivatedOnOneNodeIsSignedOutOnTheOther() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		Session user = signIn(url1, agency.operatorName(), "demo");
		assertThat(get(url1, "/", user.cookie()).statusCode()).isEqualTo(200);
		Session admin = signIn(url2, "admin", "demo");
		HttpResponse<String> users = get(url2, "/admin/users", admin.cookie());
		long id = agency.operator().getId();
		HttpResponse<String> deactivated = http.send(HttpRequest.newBuilder(URI.create(url2 + "/api/users/" + id))
				.header("Authorization", basic("admin", "demo")).header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\": false}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
		assertThat(users.statusCode()).isEqualTo(200);
		assertThat(get(url1, "/", user.cookie()).headers().firstValue("Location").orElseThrow())
				.endsWith("/login?expired");
		assertThat(get(url2, "/", user.cookie()).headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	// ---- evidence

	@Test
	@Order(4)
	void aFileUploadedOnOneNodeDownloadsIdenticalOnTheOther() throws Exception {
		Fixtures.TestAgency agency = fixtures.newAgency("spbe-2020");
		byte[] content = text(9 * 1024 * 1024 + 123);
		String boundary = "----node" + System.nanoTime();
		byte[] body = multipart(boundary, "levels", "1", "notulen-rapat.txt", content);
		HttpResponse<String> uploaded = http.send(HttpRequest.newBuilder(URI.create(
				url1 + "/api/evaluations/" + agency.evaluationId() + "/indicators/1/evidence"))
				.header("Authorization", basic(agency.coordinatorName(), "demo"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
		String id = first(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), uploaded.body());

		Session session = signIn(url2, agency.operatorName(), "demo");
		HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(url2 + "/evidence/" + id + "/content"))
				.header("Cookie", "SESSION=" + session.cookie()).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
		// it is in the object store, complete (9 MB: above the 8 MB part size, so a multipart upload), and nowhere else
		String key = jdbc.queryForObject("select storage_key from evidence_version where evidence_id = ?", String.class,
				Long.parseLong(id));
		assertThat(S3TestServer.shared().keys()).contains(key);
		assertThat(S3TestServer.shared().unfinishedUploads()).doesNotContain(key);
		assertThat(S3TestServer.shared().client().headObject(b -> b.bucket(S3TestServer.BUCKET).key(key))
				.contentLength()).isEqualTo(content.length);
	}

	// ---- scheduled work

	@Test
	@Order(5)
	void aJobBothNodesFireRunsOnOne() throws Exception {
		long deadline = System.currentTimeMillis() + 45_000;
		while (System.currentTimeMillis() < deadline && contested().isEmpty()) {
			Thread.sleep(500);
		}
		Map<Long, List<Attempt>> byFiring = firings();
		List<Long> contested = contested();
		assertThat(contested).as("a firing of both nodes in which one took the lock: %s", byFiring).isNotEmpty();
		for (List<Attempt> firing : byFiring.values()) {
			assertThat(firing.stream().filter(Attempt::acquired)).as("%s", firing).hasSizeLessThanOrEqualTo(1);
		}
		// the lock row says when: held for at least 20 s after a run, so the next firings are skipped
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'deadline-reminders'", Integer.class))
				.isEqualTo(1);
	}

	/** The reminders' lock attempts grouped by firing (the cron fires every even second). */
	private static Map<Long, List<Attempt>> firings() {
		return ATTEMPTS.stream().filter(a -> a.lock().equals("deadline-reminders"))
				.collect(Collectors.groupingBy(a -> a.epochSecond() / 2));
	}

	/** Firings in which both nodes tried and one got the lock. */
	private static List<Long> contested() {
		List<Long> found = new ArrayList<>();
		firings().forEach((firing, attempts) -> {
			boolean both = attempts.stream().map(Attempt::node).distinct().count() == 2;
			if (both && attempts.stream().anyMatch(Attempt::acquired)) {
				found.add(firing);
			}
		});
		return found;
	}

	// ---- graceful shutdown (last: it stops node 2)

	@Test
	@Order(6)
	void aStoppingNodeFinishesTheRequestUnderWayAndTheOtherServesTheSession() throws Exception {
		Session session = signIn(url1, "admin", "demo");
		SlowEndpoint slow = node2.getBean(SlowEndpoint.class);
		CompletableFuture<HttpResponse<String>> inFlight = http.sendAsync(HttpRequest.newBuilder(
				URI.create(url2 + "/test/slow")).header("Cookie", "SESSION=" + session.cookie()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(slow.entered.await(20, TimeUnit.SECONDS)).isTrue();

		Thread stopping = new Thread(node2::close, "node2-stop");
		stopping.start();
		// node 2 waits for the request: still stopping while the request is held, and refusing new ones
		Thread.sleep(1500);
		assertThat(stopping.isAlive()).isTrue();
		HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
		assertThatThrownBy(() -> fresh.send(HttpRequest.newBuilder(URI.create(url2 + "/login"))
				.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()))
				.isInstanceOf(IOException.class);

		slow.release.countDown();
		HttpResponse<String> finished = inFlight.get(20, TimeUnit.SECONDS);
		assertThat(finished.statusCode()).isEqualTo(200);
		assertThat(finished.body()).isEqualTo("selesai");
		stopping.join(30_000);
		assertThat(stopping.isAlive()).isFalse();
		assertThat(node2.isActive()).isFalse();
		// the session lives in the database: node 1 goes on serving it
		assertThat(get(url1, "/", session.cookie()).statusCode()).isEqualTo(200);
	}

	// ---- HTTP helpers

	record Session(String cookie, String setCookie) {
	}

	private Session signIn(String url, String username, String password) throws Exception {
		HttpResponse<String> page = get(url, "/login", null);
		return signIn(url, username, password, sessionCookie(page).orElseThrow(), csrf(page.body()));
	}

	private Session signIn(String url, String username, String password, String cookie, String csrf) throws Exception {
		HttpResponse<String> response = post(url, "/login", cookie,
				Map.of("username", username, "password", password, "_csrf", csrf));
		assertThat(response.headers().firstValue("Location").orElseThrow()).as(username).endsWith("/");
		String setCookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
				.findFirst().orElseThrow();
		return new Session(sessionCookie(response).orElseThrow(), setCookie);
	}

	private HttpResponse<String> get(String url, String path, String session) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String path, String session, Map<String, String> form)
			throws Exception {
		String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
				+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body));
		if (session != null) {
			request.header("Cookie", "SESSION=" + session);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
				.map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst();
	}

	private static String csrf(String html) {
		return first(CSRF, html);
	}

	private static String first(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("%s in the page", pattern).isTrue();
		return m.group(1);
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Printable lines of a fixed pseudo-random text, {@code size} bytes. */
	private static byte[] text(int size) {
		Random random = new Random(14);
		byte[] text = new byte[size];
		for (int i = 0; i < size; i++) {
			text[i] = (byte) (i % 80 == 79 ? '\n' : 'a' + random.nextInt(26));
		}
		return text;
	}

	private static byte[] multipart(String boundary, String field, String value, String fileName, byte[] file) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/plain\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + file.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(file, 0, body, start.length, file.length);
		System.arraycopy(end, 0, body, start.length + file.length, end.length);
		return body;
	}

	// ---- what the nodes get besides the application

	/** A page that holds its request until the test lets it go. */
	@RestController
	static class SlowEndpoint {

		final CountDownLatch entered = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);

		@GetMapping("/test/slow")
		String slow() throws InterruptedException {
			entered.countDown();
			release.await(30, TimeUnit.SECONDS);
			return "selesai";
		}
	}

	@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
	static class NodeExtras {

		@org.springframework.context.annotation.Bean
		SlowEndpoint slowEndpoint() {
			return new SlowEndpoint();
		}
	}

	/** Records every lock attempt of one node. */
	static final class RecordingLocks implements BeanPostProcessor {

		private final String node;

		RecordingLocks(String node) {
			this.node = node;
		}

		@Override
		public Object postProcessAfterInitialization(Object bean, String name) {
			if (bean instanceof LockProvider locks) {
				return (LockProvider) configuration -> record(locks.lock(configuration), configuration);
			}
			return bean;
		}

		private Optional<SimpleLock> record(Optional<SimpleLock> lock, LockConfiguration configuration) {
			ATTEMPTS.add(new Attempt(node, configuration.getName(), System.currentTimeMillis() / 1000, lock.isPresent()));
			return lock;
		}
	}

	/**
	 * Keeps the other tests' classes out of the nodes' component scan (a {@code @SpringBootTest}
	 * context does this itself); {@link Fixtures} stays.
	 */
	static final class TestClassesExcluded extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			String location = reader.getResource().getDescription();
			return location.contains("test-classes") && !reader.getClassMetadata().getClassName().equals(Fixtures.class.getName());
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestClassesExcluded;
		}

		@Override
		public int hashCode() {
			return TestClassesExcluded.class.hashCode();
		}
	}
}
