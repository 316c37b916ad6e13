package id.spbe.evidence;

import java.io.IOException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The health of the evidence store, named {@code evidenceStorage} (the bean name less
 * "HealthIndicator"), for the readiness group: a node that cannot reach its store takes no
 * uploads or downloads. Details name the store, never its keys.
 */
@Component
class EvidenceStorageHealthIndicator implements HealthIndicator {

	private final EvidenceStorage storage;

	EvidenceStorageHealthIndicator(EvidenceStorage storage) {
		this.storage = storage;
	}

	@Override
	public Health health() {
		try {
			return Health.up().withDetail("store", storage.check()).build();
		}
		catch (IOException | RuntimeException e) {
			return Health.down().withDetail("error", e.getMessage()).build();
		}
	}
}
