package id.spbe.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.SpbeApplication;
import id.spbe.selfassessment.TestFiles;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The backup and restore commands end to end: data seeded through the API, a backup of the test
 * database (the embedded server), a restore into a new empty database (given by URL, as an
 * external one) and an empty store, then the restored application answering the API exactly as
 * the original and holding every evidence file with its SHA-256; and the refusals.
 */
@IntegrationTest
class BackupRestoreTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	DataSource dataSource;

	@TempDir
	Path temp;

	@Test
	void aBackupRestoredIntoAnEmptyDatabaseAndStoreAnswersTheSame() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		long evaluation = a.evaluationId();
		upload(a, 1, "perwal-spbe.pdf", TestFiles.pdf("Peraturan Wali Kota tentang SPBE " + UUID.randomUUID()));
		upload(a, 2, "arsitektur.pdf", TestFiles.pdf("Arsitektur SPBE " + UUID.randomUUID()));
		fixtures.submit(a);
		fixtures.team(a);
		Path file = temp.resolve("cadangan.zip");

		BackupCommand.start(SpbeApplication.class, "--spbe.backup=" + file).close();

		assertThat(file).isRegularFile();
		assertThat(temp.resolve("cadangan.zip.part")).doesNotExist();
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'BACKUP_WRITTEN' and detail like ?",
				Long.class, file.toAbsolutePath() + "%")).isEqualTo(1);
		Map<String, Long> rowsBefore = rowCounts(jdbc);

		String database = "restored_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.execute("create database " + database);
		String url = otherDatabase(database);
		Path store = temp.resolve("store");
		BackupCommand.start(SpbeApplication.class, "--spbe.restore=" + file, "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user(), "--spring.datasource.password=" + password(),
				"--spbe.evidence.dir=" + store, "--spbe.data-dir=" + temp.resolve("data"))
				.close();

		JdbcTemplate restored = new JdbcTemplate(new DriverManagerDataSource(url, user(), password()));
		Map<String, Long> rowsAfter = rowCounts(restored);
		assertThat(rowsAfter).containsOnlyKeys(rowsBefore.keySet());
		rowsBefore.remove("audit_log");
		assertThat(rowsAfter).containsAllEntriesOf(rowsBefore);
		assertThat(restored.queryForObject("select count(*) from audit_log where action = 'DATABASE_RESTORED'", Long.class))
				.isEqualTo(1);
		assertThat(restored.queryForObject("select count(*) from audit_log where action = 'BACKUP_WRITTEN' and detail like ?",
				Long.class, file.toAbsolutePath() + "%")).as("the backup's snapshot precedes its own record").isZero();

		List<Map<String, Object>> versions = restored.queryForList("select storage_key, sha256 from evidence_version");
		assertThat(versions).hasSizeGreaterThanOrEqualTo(2);
		try (var files = Files.walk(store)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(versions.size());
		}
		Path sourceStore = Path.of("target/test-data/evidence");
		for (Map<String, Object> v : versions) {
			String key = (String) v.get("storage_key");
			assertThat(sha256(store.resolve(key))).as(key).isEqualTo(v.get("sha256")).isEqualTo(sha256(sourceStore.resolve(key)));
		}

		Map<String, String> original = new LinkedHashMap<>();
		List<Long> evaluations = jdbc.queryForList("(select id from evaluation order by id limit 3) union select ?", Long.class,
				evaluation);
		for (long id : evaluations) {
			original.put("/api/evaluations/" + id, mvcGet("/api/evaluations/" + id));
			original.put("/api/evaluations/" + id + "/results", mvcGet("/api/evaluations/" + id + "/results"));
		}
		long evidenceId = jdbc.queryForObject("select min(e.id) from evidence e where e.evaluation_id = ? and kind = 'FILE'",
				Long.class, evaluation);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SpbeApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user(), "--spbe.evidence.dir=" + store,
				"--spbe.data-dir=" + temp.resolve("data"), "--spbe.demo=false")) {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			for (Map.Entry<String, String> e : original.entrySet()) {
				assertThat(httpGet(base + e.getKey()).body()).as(e.getKey()).isEqualTo(e.getValue());
			}
			byte[] download = httpGetBytes(base + "/api/evidence/" + evidenceId + "/content");
			byte[] source = mvc.perform(get("/api/evidence/{id}/content", evidenceId).with(httpBasic("admin", "demo")))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			assertThat(download).isEqualTo(source);
		}
	}

	@Test
	void aRestoreIntoADatabaseThatIsNotEmptyIsRefusedAndChangesNothing() throws Exception {
		Path file = Files.write(temp.resolve("kecil.zip"), BackupFiles.minimal("18"));
		Map<String, Long> before = rowCounts(jdbc);
		String history = jdbc.queryForObject("select string_agg(version || ':' || checksum, ',' order by installed_rank)"
				+ " from flyway_schema_history", String.class);

		assertThatThrownBy(() -> BackupCommand.start(SpbeApplication.class, "--spbe.restore=" + file))
				.satisfies(e -> assertThat(BackupCommand.reason(e)).startsWith("Restore refused: the database is not empty")
						.contains("Nothing was changed"));

		assertThat(rowCounts(jdbc)).isEqualTo(before);
		assertThat(jdbc.queryForObject("select string_agg(version || ':' || checksum, ',' order by installed_rank)"
				+ " from flyway_schema_history", String.class)).isEqualTo(history);
	}

	private void upload(Fixtures.TestAgency a, int indicator, String name, byte[] content) throws Exception {
		mvc.perform(multipart("/api/evaluations/{id}/indicators/{n}/evidence", a.evaluationId(), indicator)
				.file(new MockMultipartFile("file", name, "application/pdf", content)).param("levels", "1", "2")
				.with(httpBasic(a.operatorName(), "demo"))).andExpect(status().isCreated());
	}

	private String mvcGet(String path) throws Exception {
		return mvc.perform(get(path).with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
	}

	private static HttpResponse<String> httpGet(String url) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(request(url), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response;
	}

	private static byte[] httpGetBytes(String url) throws Exception {
		HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request(url), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

	private static HttpRequest request(String url) {
		return HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
				.build();
	}

	/** Rows per data table (not the nodes' state), by name. */
	private static Map<String, Long> rowCounts(JdbcTemplate db) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : db.queryForList("select table_name from information_schema.tables where table_schema ="
				+ " current_schema() and table_type = 'BASE TABLE' order by table_name", String.class)) {
			if (!DatabaseDump.isNodeState(table)) {
				counts.put(table, db.queryForObject("select count(*) from " + DatabaseDump.quote(table), Long.class));
			}
		}
		return counts;
	}

	/** The test server's URL with another database name. */
	private String otherDatabase(String name) throws Exception {
		String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
		return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
	}

	private String user() throws Exception {
		return dataSource.unwrap(HikariDataSource.class).getUsername();
	}

	private String password() throws Exception {
		String password = dataSource.unwrap(HikariDataSource.class).getPassword();
		return password == null ? "" : password;
	}

	private static String sha256(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(in.readAllBytes());
			return HexFormat.of().formatHex(sha.digest());
		}
	}
}
