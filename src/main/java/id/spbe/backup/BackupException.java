package id.spbe.backup;

/**
 * A backup or restore that cannot go on, with a message for the operator who ran the command: what
 * is wrong, what to do, and whether anything was changed.
 */
class BackupException extends RuntimeException {

	BackupException(String message) {
		super(message);
	}

	BackupException(String message, Throwable cause) {
		super(message, cause);
	}
}
