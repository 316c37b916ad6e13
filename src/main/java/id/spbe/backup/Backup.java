package id.spbe.backup;

import id.spbe.evidence.EvidenceStorage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a backup: one ZIP file with the database's rows, every evidence file the database refers
 * to, and the manifest. The rows come from one repeatable-read snapshot, so they agree with each
 * other while other nodes go on writing; the files are read after it (a committed file never
 * changes, and a row points only at a committed file), each checked against the SHA-256 its row
 * recorded. The file appears under its name only once complete ({@code .part} until then).
 */
class Backup {

	private static final Logger log = LoggerFactory.getLogger(Backup.class);

	private final DataSource dataSource;
	private final EvidenceStorage storage;
	private final Clock clock;
	private final JsonMapper json;

	Backup(DataSource dataSource, EvidenceStorage storage, Clock clock, JsonMapper json) {
		this.dataSource = dataSource;
		this.storage = storage;
		this.clock = clock;
		this.json = json;
	}

	/** Writes the backup to {@code target}, which must not exist yet. */
	BackupManifest write(Path target) throws IOException, SQLException {
		Path file = target.toAbsolutePath();
		if (Files.exists(file)) {
			throw new BackupException("Backup refused: " + file + " exists already. Name a new file; nothing was written.");
		}
		Files.createDirectories(file.getParent());
		Path part = file.resolveSibling(file.getFileName() + ".part");
		BackupManifest manifest;
		try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
			Snapshot snapshot = readDatabase(zip);
			List<BackupManifest.StoredFile> files = copyEvidence(zip, snapshot.files());
			manifest = new BackupManifest(BackupManifest.FORMAT, snapshot.schemaVersion(), clock.instant(), snapshot.tables(),
					snapshot.sequences(), files);
			zip.setLevel(Deflater.DEFAULT_COMPRESSION);
			zip.putNextEntry(new ZipEntry(BackupManifest.MANIFEST));
			zip.write(json.writeValueAsBytes(manifest));
			zip.closeEntry();
		}
		catch (IOException | SQLException | RuntimeException e) {
			Files.deleteIfExists(part);
			throw e;
		}
		Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
		log.info("Backup written to {}: schema version {}, {} tables, {} rows, {} evidence files", file,
				manifest.schemaVersion(), manifest.tables().size(),
				manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum(), manifest.files().size());
		return manifest;
	}

	private record Snapshot(String schemaVersion, List<BackupManifest.Table> tables, Map<String, Long> sequences,
			List<BackupManifest.StoredFile> files) {
	}

	private Snapshot readDatabase(ZipOutputStream zip) throws IOException, SQLException {
		try (Connection c = dataSource.getConnection()) {
			c.setAutoCommit(false);
			c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			c.setReadOnly(true);
			try {
				// a national audit log takes longer to copy than a request may run
				DatabaseDump.execute(c, "set local statement_timeout = 0");
				String version = DatabaseDump.schemaVersion(c);
				List<BackupManifest.Table> tables = new ArrayList<>();
				zip.setLevel(Deflater.DEFAULT_COMPRESSION);
				for (String name : DatabaseDump.dataTables(c)) {
					BackupManifest.Table table = new BackupManifest.Table(name, DatabaseDump.columns(c, name), 0);
					zip.putNextEntry(new ZipEntry(table.entry()));
					long rows = DatabaseDump.copyOut(c, table, zip);
					zip.closeEntry();
					tables.add(new BackupManifest.Table(name, table.columns(), rows));
				}
				Snapshot snapshot = new Snapshot(version, tables, DatabaseDump.sequences(c), evidenceFiles(c));
				c.commit();
				return snapshot;
			}
			finally {
				if (!c.getAutoCommit()) {
					c.rollback();
				}
				c.setReadOnly(false);
				c.setAutoCommit(true);
			}
		}
	}

	/** The evidence files the rows refer to, as their rows recorded them. */
	private static List<BackupManifest.StoredFile> evidenceFiles(Connection c) throws SQLException {
		List<BackupManifest.StoredFile> files = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("select storage_key, sha256, size_bytes from evidence_version order by id");
				ResultSet rs = s.executeQuery()) {
			while (rs.next()) {
				files.add(new BackupManifest.StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3)));
			}
		}
		return files;
	}

	private List<BackupManifest.StoredFile> copyEvidence(ZipOutputStream zip, List<BackupManifest.StoredFile> files)
			throws IOException {
		// documents and images are mostly compressed already
		zip.setLevel(Deflater.BEST_SPEED);
		for (BackupManifest.StoredFile file : files) {
			zip.putNextEntry(new ZipEntry(file.entry()));
			Hashing.Result copied;
			try (InputStream in = open(file.key())) {
				copied = Hashing.copy(in, zip);
			}
			zip.closeEntry();
			if (!copied.sha256().equals(file.sha256()) || copied.size() != file.size()) {
				throw new BackupException("Backup stopped: evidence file " + file.key() + " in the store is not the file its"
						+ " row recorded (SHA-256 " + copied.sha256() + ", " + copied.size() + " bytes; expected " + file.sha256()
						+ ", " + file.size() + " bytes). The store is damaged; no backup was written.");
			}
		}
		return files;
	}

	private InputStream open(String key) {
		try {
			return storage.open(key);
		}
		catch (IOException | RuntimeException e) {
			throw new BackupException("Backup stopped: evidence file " + key + " cannot be read from the store (" + e
					+ "); no backup was written.", e);
		}
	}
}
