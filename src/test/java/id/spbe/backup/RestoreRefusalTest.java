package id.spbe.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import id.spbe.IntegrationTest;
import id.spbe.evidence.EvidenceStorage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad backups and bad targets: each is refused with a message saying what is wrong and that
 * nothing was changed, and nothing is (no table, no file, no backup file).
 */
@IntegrationTest
class RestoreRefusalTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	DataSource dataSource;
	@Autowired
	EvidenceStorage storage;
	@Autowired
	Flyway flyway;

	@TempDir
	Path temp;

	@Test
	void aFileThatIsNoBackupIsRefused() throws Exception {
		Empty target = emptyDatabase();
		Path text = Files.writeString(temp.resolve("bukan.zip"), "bukan cadangan");
		Path noManifest = Files.write(temp.resolve("tanpa-manifest.zip"), BackupFiles.zip(null, Map.of("x", new byte[1])));
		BackupManifest.Table table = new BackupManifest.Table("agency", List.of("id"), 1);
		Path cut = Files.write(temp.resolve("terpotong.zip"), BackupFiles.zip(new BackupManifest(BackupManifest.FORMAT, "18",
				Instant.now(), List.of(table), Map.of(), List.of()), Map.of()));

		assertRefused(target, text, "Restore refused: ", "is not a backup of this application (not a ZIP file)");
		assertRefused(target, noManifest, "Restore refused: the file is not a complete backup: it has no manifest.json");
		assertRefused(target, cut, "Restore refused: the file is not a complete backup: it lacks database/agency.copy");
		assertRefused(target, temp.resolve("tidak-ada.zip"), "Restore refused: there is no file");
	}

	@Test
	void aBackupOfANewerVersionIsRefused() throws Exception {
		Empty target = emptyDatabase();
		Path newer = Files.write(temp.resolve("baru.zip"), BackupFiles.minimal("999"));

		assertRefused(target, newer, "Restore refused: the backup has schema version 999, newer than this version");
	}

	@Test
	void aDamagedEvidenceFileStopsTheRestoreBeforeTheDatabaseAndLeavesNoFile() throws Exception {
		Empty target = emptyDatabase();
		byte[] content = "isi berkas".getBytes(StandardCharsets.UTF_8);
		String key = "ab/" + "ab" + UUID.randomUUID().toString().substring(2);
		BackupManifest.StoredFile file = new BackupManifest.StoredFile(key, "0".repeat(64), content.length);
		Path damaged = Files.write(temp.resolve("rusak.zip"), BackupFiles.zip(new BackupManifest(BackupManifest.FORMAT, "18",
				Instant.now(), List.of(), Map.of(), List.of(file)), Map.of(file.entry(), content)));
		long files = storage.countFiles();

		assertThatThrownBy(() -> new Restore(target.dataSource(), storage, JSON).run(damaged, target.flyway()))
				.isInstanceOf(BackupException.class).hasMessageContaining("evidence file " + key)
				.hasMessageContaining("does not match its SHA-256").hasMessageContaining("The database was not changed");

		assertThat(target.tables()).isZero();
		assertThat(storage.countFiles()).isEqualTo(files);
		assertThatThrownBy(() -> storage.open(key)).isInstanceOf(java.io.IOException.class);
	}

	@Test
	void aBackupIsNeverWrittenOverAnExistingFile() throws Exception {
		Path existing = Files.writeString(temp.resolve("ada.zip"), "berkas lain");
		Backup backup = new Backup(dataSource, storage, Clock.systemUTC(), JSON);

		assertThatThrownBy(() -> backup.write(existing)).isInstanceOf(BackupException.class)
				.hasMessage("Backup refused: " + existing.toAbsolutePath() + " exists already. Name a new file; nothing was written.");

		assertThat(Files.readString(existing)).isEqualTo("berkas lain");
		try (Stream<Path> left = Files.list(temp)) {
			assertThat(left.map(p -> p.getFileName().toString())).containsExactly("ada.zip");
		}
	}

	@Test
	void theCommandTakesOneJobOnly() {
		assertThatThrownBy(() -> BackupCommand.start(id.spbe.SpbeApplication.class, "--spbe.backup=a.zip",
				"--spbe.restore=b.zip")).isInstanceOf(BackupException.class)
				.hasMessage("Give either --spbe.backup=FILE or --spbe.restore=FILE, not both.");
		assertThat(BackupCommand.requested(new String[] { "--spbe.restore=x.zip" })).isTrue();
		assertThat(BackupCommand.requested(new String[] { "--server.port=0" })).isFalse();
	}

	private void assertRefused(Empty target, Path file, String... message) {
		long files;
		try {
			files = storage.countFiles();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		var refusal = assertThatThrownBy(() -> new Restore(target.dataSource(), storage, JSON).run(file, target.flyway()))
				.isInstanceOf(BackupException.class).hasMessageContaining("Nothing was changed.");
		for (String part : message) {
			refusal.hasMessageContaining(part);
		}
		assertThat(target.tables()).isZero();
		try {
			assertThat(storage.countFiles()).isEqualTo(files);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** A new database on the test server, with Flyway configured as the application's. */
	private record Empty(DataSource dataSource, Flyway flyway) {

		long tables() {
			return new JdbcTemplate(dataSource).queryForObject(
					"select count(*) from information_schema.tables where table_schema = current_schema()", Long.class);
		}
	}

	private Empty emptyDatabase() throws Exception {
		String name = "empty_" + UUID.randomUUID().toString().replace("-", "");
		jdbc.execute("create database " + name);
		HikariDataSource source = dataSource.unwrap(HikariDataSource.class);
		String url = source.getJdbcUrl().replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
		DataSource target = new DriverManagerDataSource(url, source.getUsername(),
				source.getPassword() == null ? "" : source.getPassword());
		return new Empty(target, Flyway.configure(getClass().getClassLoader()).configuration(flyway.getConfiguration())
				.dataSource(target).load());
	}
}
