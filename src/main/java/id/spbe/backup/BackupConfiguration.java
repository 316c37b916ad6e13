package id.spbe.backup;

import id.spbe.common.AuditEvent;
import id.spbe.evidence.EvidenceStorage;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two maintenance runs, chosen by a property on the command line ({@link BackupCommand}):
 * {@code spbe.backup=FILE} writes a backup once the application has started (schema migrated) and
 * {@code spbe.restore=FILE} restores one in place of Flyway's migration, before anything reads or
 * writes the database. Each run is recorded in the audit log.
 */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Bean
	@ConditionalOnProperty(name = "spbe.restore")
	FlywayMigrationStrategy restoreInsteadOfMigrating(DataSource dataSource, EvidenceStorage storage,
			@Value("${spbe.restore}") Path file) {
		return flyway -> new Restore(dataSource, storage, JSON).run(file, flyway);
	}

	@Bean
	@ConditionalOnProperty(name = "spbe.restore")
	ApplicationRunner recordRestore(ApplicationEventPublisher events, @Value("${spbe.restore}") Path file) {
		return args -> events.publishEvent(AuditEvent.of("DATABASE_RESTORED", "backup", file.getFileName(), null,
				"restored from " + file.toAbsolutePath()).by(BackupCommand.ACTOR));
	}

	@Bean
	@ConditionalOnProperty(name = "spbe.backup")
	ApplicationRunner writeBackup(DataSource dataSource, EvidenceStorage storage, Clock clock,
			ApplicationEventPublisher events, @Value("${spbe.backup}") Path file) {
		return args -> {
			BackupManifest manifest = new Backup(dataSource, storage, clock, JSON).write(file);
			events.publishEvent(AuditEvent.of("BACKUP_WRITTEN", "backup", file.getFileName(), null,
					file.toAbsolutePath() + ": schema version " + manifest.schemaVersion() + ", " + manifest.files().size()
							+ " evidence files").by(BackupCommand.ACTOR));
		};
	}
}
