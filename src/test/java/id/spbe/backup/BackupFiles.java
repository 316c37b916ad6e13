package id.spbe.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.json.JsonMapper;

/** Small backup files made by hand, for the refusals. */
final class BackupFiles {

	private BackupFiles() {
	}

	/** A well-formed backup of schema version {@code version} with no tables and no files. */
	static byte[] minimal(String version) {
		return zip(new BackupManifest(BackupManifest.FORMAT, version, Instant.now(), List.of(), Map.of(), List.of()),
				Map.of());
	}

	/** A backup with {@code manifest} and the given entries. */
	static byte[] zip(BackupManifest manifest, Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
			if (manifest != null) {
				zip.putNextEntry(new ZipEntry(BackupManifest.MANIFEST));
				zip.write(JsonMapper.builder().build().writeValueAsBytes(manifest));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}
}
