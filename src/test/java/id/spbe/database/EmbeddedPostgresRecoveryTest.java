package id.spbe.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded cluster outside tests is durable, and a start after a crash recovers on its own:
 * an orphaned postmaster of the directory is stopped, a pid file naming another process is
 * cleared, and that process is left alone.
 */
class EmbeddedPostgresRecoveryTest {

	@TempDir
	Path dir;

	@Test
	void theDurableConfigurationFlushesEveryCommit() throws Exception {
		try (EmbeddedPostgres pg = EmbeddedPostgresServer.launch(dir, false, true)) {
			assertThat(show(pg, "fsync")).isEqualTo("on");
			assertThat(show(pg, "synchronous_commit")).isEqualTo("on");
			assertThat(show(pg, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void aStartAfterTheJvmWasKilledStopsTheOrphanedPostmaster() throws Exception {
		List<String> postmaster;
		try (EmbeddedPostgres first = EmbeddedPostgresServer.launch(dir, false, false)) {
			postmaster = commandLine(pid());
		}
		// What kill -9 of the JVM leaves: the postmaster still running on the cluster, nobody to stop it.
		Process orphan = new ProcessBuilder(asUnprivileged(postmaster)).redirectErrorStream(true)
				.redirectOutput(dir.resolve("orphan.log").toFile()).start();
		try {
			awaitPidFile(orphan.pid());
			assertThat(StalePostmaster.isPostmasterOf(commandLine(orphan.pid()), dir)).isTrue();

			try (EmbeddedPostgres second = EmbeddedPostgresServer.launch(dir, false, false)) {
				assertThat(orphan.waitFor(20, TimeUnit.SECONDS)).as("orphan stopped").isTrue();
				assertThat(show(second, "port")).isEqualTo(Integer.toString(second.getPort()));
				assertThat(selectOne(second)).isEqualTo(1);
			}
		}
		finally {
			orphan.destroyForcibly();
		}
	}

	@Test
	void aPidFileNamingAnotherProcessIsRemovedAndTheProcessLeftAlone() throws Exception {
		long self = ProcessHandle.current().pid();
		Files.writeString(dir.resolve("postmaster.pid"), self + "\n" + dir + "\n", StandardCharsets.UTF_8);

		assertThat(StalePostmaster.recover(dir)).isEqualTo(StalePostmaster.Outcome.STALE_PID_FILE_REMOVED);
		assertThat(dir.resolve("postmaster.pid")).doesNotExist();
		assertThat(ProcessHandle.current().isAlive()).isTrue();
	}

	@Test
	void onlyAPostgresOfExactlyThisDirectoryCounts() {
		Path other = dir.resolveSibling(dir.getFileName() + "-other");
		assertThat(StalePostmaster.isPostmasterOf(List.of("/x/bin/postgres", "-D", dir.toString(), "-p", "5"), dir)).isTrue();
		assertThat(StalePostmaster.isPostmasterOf(List.of("/x/bin/postgres", "-D", other.toString()), dir)).isFalse();
		assertThat(StalePostmaster.isPostmasterOf(List.of("/usr/bin/java", "-D", dir.toString()), dir)).isFalse();
		assertThat(StalePostmaster.isPostmasterOf(List.of("/x/bin/postgres"), dir)).isFalse();
	}

	@Test
	void aPidFileOfAFinishedProcessIsLeftToPostgres() throws Exception {
		Process done = new ProcessBuilder("true").start();
		done.waitFor();
		Files.writeString(dir.resolve("postmaster.pid"), done.pid() + "\n" + dir + "\n", StandardCharsets.UTF_8);

		assertThat(StalePostmaster.recover(dir)).isEqualTo(StalePostmaster.Outcome.NONE);
	}

	/** PostgreSQL refuses to run as root; zonky then runs it in a user namespace, and so does this test. */
	private static List<String> asUnprivileged(List<String> command) {
		if (!"root".equals(System.getProperty("user.name"))) {
			return command;
		}
		List<String> unshared = new java.util.ArrayList<>(List.of("unshare", "-U"));
		unshared.addAll(command);
		return unshared;
	}

	private long pid() throws Exception {
		return Long.parseLong(Files.readAllLines(dir.resolve("postmaster.pid")).get(0).trim());
	}

	private void awaitPidFile(long pid) throws Exception {
		Path pidFile = dir.resolve("postmaster.pid");
		for (int i = 0; i < 200; i++) {
			if (Files.exists(pidFile) && Files.readString(pidFile).contains("ready") && pid() == pid) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("orphan postmaster did not start");
	}

	private static List<String> commandLine(long pid) throws Exception {
		return List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).split("\0"));
	}

	private static String show(EmbeddedPostgres pg, String setting) throws SQLException {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static int selectOne(EmbeddedPostgres pg) throws SQLException {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select 1")) {
			rs.next();
			return rs.getInt(1);
		}
	}
}
