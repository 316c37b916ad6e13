package id.spbe.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears what a killed JVM leaves in the cluster directory. The embedded postmaster runs as its own
 * process, so {@code kill -9} of the JVM orphans it: it keeps the cluster and the next start gives
 * up waiting. Before starting, a postmaster recorded in {@code postmaster.pid} is stopped, but only
 * when its command line shows a postgres for exactly this data directory; any other process is
 * never touched.
 */
final class StalePostmaster {

	/** What {@link #recover} found and did, for the log and the tests. */
	enum Outcome {
		NONE, STOPPED, STALE_PID_FILE_REMOVED, UNVERIFIABLE
	}

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
	private static final long STOP_WAIT_SECONDS = 15;

	private StalePostmaster() {
	}

	/** Stops an orphaned postmaster of {@code dataDir}, or removes a pid file whose PID is now another process. */
	static Outcome recover(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Outcome.NONE;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parsePid(lines.get(0))
				.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			// PostgreSQL itself replaces a pid file whose process is gone.
			log.info("Embedded PostgreSQL: stale postmaster.pid in {} names no running process; PostgreSQL replaces it", dataDir);
			return Outcome.NONE;
		}
		ProcessHandle pid = process.get();
		Optional<List<String>> commandLine = commandLine(pid);
		if (commandLine.isEmpty()) {
			log.warn("Embedded PostgreSQL: process {} from postmaster.pid in {} is running but its command line cannot be read; left alone",
					pid.pid(), dataDir);
			return Outcome.UNVERIFIABLE;
		}
		if (!isPostmasterOf(commandLine.get(), dataDir)) {
			// The PID was reused after a crash (in a container even by a thread of this JVM); PostgreSQL
			// would take it for a live postmaster and refuse to start, so the stale file goes.
			Files.deleteIfExists(pidFile);
			log.warn("Embedded PostgreSQL: postmaster.pid in {} named process {}, which is not a postgres of this directory; "
					+ "removed the stale pid file and left the process alone", dataDir, pid.pid());
			return Outcome.STALE_PID_FILE_REMOVED;
		}
		refuseWhileInUse(dataDir, pid);
		stop(pid, dataDir);
		return Outcome.STOPPED;
	}

	/**
	 * A postmaster whose application still runs is not orphaned: that application holds the lock
	 * file the embedded server takes ({@code epg-lock}), which the operating system releases when
	 * the holder dies, even by {@code kill -9}. A second start on the same directory (another node,
	 * or the backup command beside a running node) is refused instead of stopping the live database.
	 */
	static void refuseWhileInUse(Path dataDir, ProcessHandle postmaster) throws IOException {
		Path lockFile = dataDir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			}
			catch (OverlappingFileLockException e) {
				lock = null;
			}
			if (lock == null) {
				throw new IllegalStateException("The embedded database in " + dataDir + " is in use by a running application"
						+ " (its PostgreSQL is process " + postmaster.pid() + "): stop that application first, or give"
						+ " SPBE_DB_URL to use a PostgreSQL server that several processes share.");
			}
			lock.release();
		}
	}

	/** True when the command line is a {@code postgres} binary started with {@code -D dataDir}. */
	static boolean isPostmasterOf(List<String> commandLine, Path dataDir) {
		if (commandLine.isEmpty() || !Path.of(commandLine.get(0)).getFileName().toString().equals("postgres")) {
			return false;
		}
		int d = commandLine.indexOf("-D");
		return d >= 0 && d + 1 < commandLine.size() && sameDirectory(Path.of(commandLine.get(d + 1)), dataDir);
	}

	private static void stop(ProcessHandle postmaster, Path dataDir) {
		log.warn("Embedded PostgreSQL: stopping orphaned postmaster {} of {} left by an earlier run", postmaster.pid(), dataDir);
		CompletableFuture<ProcessHandle> exit = postmaster.onExit();
		// SIGTERM is PostgreSQL's smart shutdown: the killed JVM's sessions are gone, so it ends at once.
		postmaster.destroy();
		if (!waitFor(exit)) {
			log.warn("Embedded PostgreSQL: postmaster {} did not stop within {} s; killing it", postmaster.pid(), STOP_WAIT_SECONDS);
			postmaster.destroyForcibly();
			waitFor(exit);
		}
		log.info("Embedded PostgreSQL: orphaned postmaster {} stopped", postmaster.pid());
	}

	private static boolean waitFor(CompletableFuture<ProcessHandle> exit) {
		try {
			exit.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException e) {
			return false;
		}
	}

	/** The process's arguments from {@code /proc} (Linux, where containers run), else from the JDK. */
	private static Optional<List<String>> commandLine(ProcessHandle process) {
		Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		try {
			if (Files.isReadable(proc)) {
				List<String> args = new ArrayList<>(List.of(Files.readString(proc, StandardCharsets.UTF_8).split("\0")));
				return args.isEmpty() || args.get(0).isEmpty() ? Optional.empty() : Optional.of(args);
			}
		}
		catch (IOException e) {
			return Optional.empty();
		}
		// Without the arguments the data directory is unknown, so nothing may be decided.
		ProcessHandle.Info info = process.info();
		return info.command().flatMap(command -> info.arguments().map(arguments -> {
			List<String> args = new ArrayList<>();
			args.add(command);
			args.addAll(List.of(arguments));
			return args;
		}));
	}

	private static boolean sameDirectory(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException e) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
