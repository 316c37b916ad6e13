package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unfinished uploads of a killed process are deleted at start-up; files being written now are kept. */
class StaleIncomingFilesTest {

	@TempDir
	Path root;

	@Test
	void startUpDeletesUploadsLeftByAKilledProcess() throws Exception {
		Path incoming = Files.createDirectories(root.resolve(".incoming"));
		Path stale1 = old(Files.writeString(incoming.resolve("upload-1.part"), "half a file"));
		Path stale2 = old(Files.writeString(incoming.resolve("upload-2.part"), "another half"));
		Path current = Files.writeString(incoming.resolve("upload-3.part"), "still streaming");
		Path unrelated = old(Files.writeString(incoming.resolve("README"), "not an upload"));

		FileSystemEvidenceStorage storage = new FileSystemEvidenceStorage(root);

		assertThat(stale1).doesNotExist();
		assertThat(stale2).doesNotExist();
		assertThat(current).exists();
		assertThat(unrelated).exists();

		old(Files.writeString(incoming.resolve("upload-4.part"), "later"));
		assertThat(storage.removeStaleIncoming(jvmStart())).as("files removed").isEqualTo(1);
		assertThat(storage.removeStaleIncoming(jvmStart())).isZero();
	}

	/** Last written before this JVM started, as a file of a killed earlier run is. */
	private static Path old(Path file) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(jvmStart().minus(Duration.ofMinutes(5))));
		return file;
	}

	private static Instant jvmStart() {
		return Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
	}
}
