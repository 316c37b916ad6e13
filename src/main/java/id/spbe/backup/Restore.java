package id.spbe.backup;

import id.spbe.evidence.EvidenceStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Restores a backup into an empty database and the configured evidence store, in place of
 * Flyway's start-up migration. First every check that can refuse (the file is a whole backup, the
 * database is empty, the backup is not newer than this version, the role may load rows without
 * firing triggers), so that a refusal changes nothing; then the evidence files (each checked
 * against its SHA-256), the schema as of the backup's version, all rows in one transaction, and
 * last the migrations since the backup, as on any upgrade.
 */
class Restore {

	private static final Logger log = LoggerFactory.getLogger(Restore.class);

	private final DataSource dataSource;
	private final EvidenceStorage storage;
	private final JsonMapper json;

	Restore(DataSource dataSource, EvidenceStorage storage, JsonMapper json) {
		this.dataSource = dataSource;
		this.storage = storage;
		this.json = json;
	}

	void run(Path backup, Flyway flyway) {
		try (ZipFile zip = open(backup)) {
			BackupManifest manifest = manifest(zip);
			refuseUnlessEmpty();
			refuseNewer(manifest, flyway);
			refuseWithoutReplicaRole();
			restoreFiles(zip, manifest);
			Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
					.target(MigrationVersion.fromVersion(manifest.schemaVersion())).load().migrate();
			loadRows(zip, manifest);
			flyway.migrate();
			log.info("Restored {}: schema version {}, {} tables, {} evidence files", backup, manifest.schemaVersion(),
					manifest.tables().size(), manifest.files().size());
		}
		catch (IOException e) {
			throw new BackupException("Restore failed reading " + backup + ": " + e.getMessage(), e);
		}
		catch (SQLException e) {
			throw new BackupException("Restore failed in the database: " + e.getMessage(), e);
		}
	}

	private static ZipFile open(Path backup) throws IOException {
		if (!Files.isRegularFile(backup)) {
			throw new BackupException("Restore refused: there is no file " + backup.toAbsolutePath() + ". Nothing was changed.");
		}
		try {
			return new ZipFile(backup.toFile());
		}
		catch (ZipException e) {
			throw new BackupException("Restore refused: " + backup + " is not a backup of this application (not a ZIP file)."
					+ " Nothing was changed.", e);
		}
	}

	private BackupManifest manifest(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry(BackupManifest.MANIFEST);
		if (entry == null) {
			throw refused("it has no " + BackupManifest.MANIFEST + " (not a backup, or cut short)");
		}
		BackupManifest manifest;
		try (InputStream in = zip.getInputStream(entry)) {
			manifest = json.readValue(in, BackupManifest.class);
		}
		catch (JacksonException e) {
			throw refused("its manifest cannot be read (" + e.getOriginalMessage() + ")");
		}
		if (manifest.format() != BackupManifest.FORMAT || manifest.schemaVersion() == null || manifest.tables() == null
				|| manifest.files() == null || manifest.sequences() == null) {
			throw refused("its manifest is of another format or incomplete");
		}
		for (BackupManifest.Table table : manifest.tables()) {
			require(zip, table.entry());
		}
		for (BackupManifest.StoredFile file : manifest.files()) {
			require(zip, file.entry());
		}
		return manifest;
	}

	private static void require(ZipFile zip, String entry) {
		if (zip.getEntry(entry) == null) {
			throw refused("it lacks " + entry + " (damaged or cut short)");
		}
	}

	private static BackupException refused(String why) {
		return new BackupException("Restore refused: the file is not a complete backup: " + why + ". Nothing was changed.");
	}

	/** Empty means no table at all: a database the application ever started on holds instruments and accounts. */
	private void refuseUnlessEmpty() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			List<String> tables = DatabaseDump.tables(c);
			if (!tables.isEmpty()) {
				throw new BackupException("Restore refused: the database is not empty (it holds " + tables.size()
						+ " tables, such as " + String.join(", ", tables.subList(0, Math.min(3, tables.size())))
						+ "). Restore only into a new, empty database (for the embedded one, a new SPBE_DATA_DIR)."
						+ " Nothing was changed.");
			}
		}
	}

	private static void refuseNewer(BackupManifest manifest, Flyway flyway) {
		MigrationVersion backup = MigrationVersion.fromVersion(manifest.schemaVersion());
		MigrationVersion newest = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull)
				.max(MigrationVersion::compareTo).orElseThrow();
		if (backup.compareTo(newest) > 0) {
			throw new BackupException("Restore refused: the backup has schema version " + backup + ", newer than this"
					+ " version of the application knows (" + newest + "). Restore it with the version that made it."
					+ " Nothing was changed.");
		}
	}

	/** The rows go in without firing triggers (the audit log's, the dashboard's counters) or checking keys in order. */
	private void refuseWithoutReplicaRole() throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				DatabaseDump.execute(c, "set local session_replication_role = replica");
			}
			catch (SQLException e) {
				throw new BackupException("Restore refused: the database user may not set session_replication_role,"
						+ " which loading the rows needs; restore as the database's owner with superuser rights (as the"
						+ " PostgreSQL user of docker-compose.yml and the embedded database are). Nothing was changed.", e);
			}
			finally {
				c.rollback();
				c.setAutoCommit(true);
			}
		}
	}

	private void restoreFiles(ZipFile zip, BackupManifest manifest) throws IOException {
		for (BackupManifest.StoredFile file : manifest.files()) {
			try (InputStream in = zip.getInputStream(zip.getEntry(file.entry()))) {
				Hashing.Input checked = new Hashing.Input(in);
				storage.restore(file.key(), checked);
				Hashing.Result read = checked.result();
				if (!read.sha256().equals(file.sha256()) || read.size() != file.size()) {
					storage.delete(file.key());
					throw new BackupException("Restore stopped: evidence file " + file.key() + " in the backup does not match"
							+ " its SHA-256; the backup is damaged. The database was not changed; evidence files restored"
							+ " so far are in the store.");
				}
			}
		}
	}

	private void loadRows(ZipFile zip, BackupManifest manifest) throws IOException, SQLException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			try {
				DatabaseDump.execute(c, "set local session_replication_role = replica");
				DatabaseDump.execute(c, "set local statement_timeout = 0");
				Set<String> expected = new TreeSet<>(DatabaseDump.dataTables(c));
				Set<String> held = new TreeSet<>(manifest.tables().stream().map(BackupManifest.Table::name).toList());
				if (!expected.equals(held)) {
					throw new BackupException("Restore stopped: the backup's tables " + held + " are not those of schema version "
							+ manifest.schemaVersion() + " " + expected + ". The database now holds the empty schema: drop"
							+ " and create it again before another restore.");
				}
				for (BackupManifest.Table table : manifest.tables()) {
					long rows;
					try (InputStream in = zip.getInputStream(zip.getEntry(table.entry()))) {
						rows = DatabaseDump.copyIn(c, table, in);
					}
					if (rows != table.rows()) {
						throw new BackupException("Restore stopped: " + table.name() + " has " + rows + " rows in the backup, its"
								+ " manifest says " + table.rows() + ". The database now holds the empty schema.");
					}
				}
				DatabaseDump.setSequences(c, manifest.sequences());
				c.commit();
			}
			finally {
				if (!c.getAutoCommit()) {
					c.rollback();
					c.setAutoCommit(true);
				}
			}
		}
	}
}
