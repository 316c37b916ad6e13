package id.spbe.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backup file holds, written as {@code manifest.json} beside the data: the schema version
 * (the newest Flyway migration applied), every table with its columns in the order of its data
 * and its row count, the sequences' values, and every evidence file with its SHA-256 and size. The
 * restore checks the data against it, so a damaged or cut file is refused rather than half restored.
 */
record BackupManifest(int format, String schemaVersion, Instant createdAt, List<Table> tables,
		Map<String, Long> sequences, List<StoredFile> files) {

	static final int FORMAT = 1;
	static final String MANIFEST = "manifest.json";

	/** A table's data: {@code database/<name>.copy} in PostgreSQL's COPY text format. */
	record Table(String name, List<String> columns, long rows) {

		String entry() {
			return "database/" + name + ".copy";
		}
	}

	/** An evidence file: {@code evidence/<key>}, its content as the store held it. */
	record StoredFile(String key, String sha256, long size) {

		String entry() {
			return "evidence/" + key;
		}
	}
}
