package id.spbe.backup;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup and restore commands, {@code java -jar spbe-eval.jar --spbe.backup=FILE} and
 * {@code --spbe.restore=FILE}: the application starts with its usual configuration (database,
 * evidence store) but listens on no port and loads no start-up data, does the one job and stops, with exit
 * code 0, or 1 and the reason on standard error.
 */
public final class BackupCommand {

	/** Who the audit log names for a backup or restore: no one signs in to run one. */
	static final String ACTOR = "backup-command";
	private static final String BACKUP = "--spbe.backup=";
	private static final String RESTORE = "--spbe.restore=";

	private BackupCommand() {
	}

	/** True when the arguments ask for a backup or a restore instead of the web application. */
	public static boolean requested(String[] args) {
		return Arrays.stream(args).anyMatch(a -> a.startsWith(BACKUP) || a.startsWith(RESTORE));
	}

	/** Runs the backup or restore the arguments ask for; returns the process's exit code. */
	public static int run(Class<?> application, String[] args) {
		try {
			start(application, args).close();
			return 0;
		}
		catch (RuntimeException e) {
			System.err.println(reason(e));
			return 1;
		}
	}

	/** Starts the maintenance run; the context it returns has done its job. */
	static ConfigurableApplicationContext start(Class<?> application, String... args) {
		boolean backup = Arrays.stream(args).anyMatch(a -> a.startsWith(BACKUP));
		boolean restore = Arrays.stream(args).anyMatch(a -> a.startsWith(RESTORE));
		if (backup && restore) {
			throw new BackupException("Give either --spbe.backup=FILE or --spbe.restore=FILE, not both.");
		}
		// the whole application (its web beans too) with the server's connector off: nothing listens
		String[] all = Arrays.copyOf(args, args.length + 1);
		all[args.length] = "--server.port=-1";
		return new SpringApplication(application).run(all);
	}

	/** The operator's message: the backup's own reason when there is one, else the innermost cause. */
	static String reason(Throwable e) {
		Throwable innermost = e;
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof BackupException) {
				return t.getMessage();
			}
			innermost = t;
		}
		return "Backup or restore failed: " + innermost;
	}
}
