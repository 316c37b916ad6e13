package id.spbe.evidence;

import java.nio.file.Path;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Chooses the evidence storage from {@code spbe.storage.type} ({@code SPBE_STORAGE}):
 * {@code filesystem} (default, one node or a shared directory) or {@code s3} (object storage, any
 * number of nodes). Anything else stops start-up with a message naming the setting.
 */
@Configuration(proxyBeanMethods = false)
class EvidenceStorageConfiguration {

	@Bean
	EvidenceStorage evidenceStorage(@Value("${spbe.storage.type:filesystem}") String type,
			@Value("${spbe.evidence.dir:${spbe.data-dir}/evidence}") Path directory,
			@Value("${spbe.data-dir}/incoming") Path incoming,
			@Value("${spbe.storage.s3.endpoint:}") String endpoint,
			@Value("${spbe.storage.s3.bucket:}") String bucket,
			@Value("${spbe.storage.s3.region:}") String region,
			@Value("${spbe.storage.s3.access-key:}") String accessKey,
			@Value("${spbe.storage.s3.secret-key:}") String secretKey,
			@Value("${spbe.storage.s3.path-style:false}") boolean pathStyle,
			@Value("${spbe.storage.s3.part-size:8MB}") DataSize partSize) {
		switch (type.strip().toLowerCase(Locale.ROOT)) {
			case "filesystem":
				return new FileSystemEvidenceStorage(directory);
			case "s3":
				S3Settings settings = new S3Settings(endpoint, bucket, region, accessKey, secretKey, pathStyle,
						partSize.toBytes());
				return new S3EvidenceStorage(settings.client(), settings, new IncomingFiles(incoming));
			default:
				throw new IllegalStateException(
						"spbe.storage.type (SPBE_STORAGE) must be 'filesystem' or 's3', not '" + type + "'");
		}
	}
}
