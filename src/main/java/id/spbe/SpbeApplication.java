package id.spbe;

import id.spbe.backup.BackupCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the SPBE/Pemdi evaluation application. With no database configuration it
 * starts an embedded PostgreSQL and runs in demo mode; see README.md for the settings. With
 * {@code --spbe.backup=FILE} or {@code --spbe.restore=FILE} it backs up or restores instead and exits.
 */
@SpringBootApplication
public class SpbeApplication {

	public static void main(String[] args) {
		if (BackupCommand.requested(args)) {
			System.exit(BackupCommand.run(SpbeApplication.class, args));
		}
		SpringApplication.run(SpbeApplication.class, args);
	}
}
