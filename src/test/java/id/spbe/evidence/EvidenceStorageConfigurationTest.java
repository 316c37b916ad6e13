package id.spbe.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

/** SPBE_STORAGE picks the storage; a wrong value or a missing bucket stops start-up with a message. */
class EvidenceStorageConfigurationTest {

	@TempDir
	Path data;

	private EvidenceStorage storage(String type, String bucket) {
		return new EvidenceStorageConfiguration().evidenceStorage(type, data.resolve("evidence"), data.resolve("incoming"),
				"http://127.0.0.1:9", bucket, "", "k", "s", true, DataSize.ofMegabytes(8));
	}

	@Test
	void fileSystemByDefaultAndObjectStorageOnRequest() throws Exception {
		EvidenceStorage files = storage("filesystem", "");
		assertThat(files).isInstanceOf(FileSystemEvidenceStorage.class);
		assertThat(new EvidenceStorageHealthIndicator(files).health().getStatus()).isEqualTo(Status.UP);

		EvidenceStorage s3 = storage(" S3 ", "evidence");
		assertThat(s3).isInstanceOf(S3EvidenceStorage.class);
		assertThat(Files.isDirectory(data.resolve("incoming"))).isTrue();
		((S3EvidenceStorage) s3).close();
	}

	@Test
	void anUnknownTypeOrAMissingBucketStopsStartUp() {
		assertThatThrownBy(() -> storage("minio", "evidence")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("SPBE_STORAGE").hasMessageContaining("'minio'");
		assertThatThrownBy(() -> storage("s3", "")).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("SPBE_S3_BUCKET");
	}

	@Test
	void aFileSystemStoreThatCannotBeWrittenIsDown() throws Exception {
		EvidenceStorage files = storage("filesystem", "");
		Files.delete(data.resolve("evidence/.incoming"));
		assertThat(new EvidenceStorageHealthIndicator(files).health().getStatus()).isEqualTo(Status.DOWN);
	}
}
