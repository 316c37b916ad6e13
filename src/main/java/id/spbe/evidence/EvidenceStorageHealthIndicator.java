package id.spbe.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The evidence store's part of readiness ({@code /actuator/health/readiness}) while evidence lives on
 * the file system: a node whose evidence directory is gone or read-only (a lost mount) would take
 * uploads it cannot keep, so it is taken out of the load balancer instead. Only administrators see
 * the details (the directory). Named {@code evidenceStorage}: the bean name less "HealthIndicator".
 */
@Component
@ConditionalOnProperty(name = "spbe.storage.type", havingValue = "filesystem", matchIfMissing = true)
class EvidenceStorageHealthIndicator implements HealthIndicator {

	private final Path root;

	EvidenceStorageHealthIndicator(@Value("${spbe.evidence.dir:${spbe.data-dir}/evidence}") Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public Health health() {
		Path incoming = root.resolve(".incoming");
		boolean usable = Files.isDirectory(root) && Files.isWritable(root) && Files.isDirectory(incoming)
				&& Files.isWritable(incoming);
		return (usable ? Health.up() : Health.down()).withDetail("store", "filesystem " + root).build();
	}
}
