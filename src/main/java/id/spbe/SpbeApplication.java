package id.spbe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the SPBE/Pemdi evaluation application. With no database configuration it
 * starts an embedded PostgreSQL and runs in demo mode; see README.md for the settings.
 */
@SpringBootApplication
public class SpbeApplication {

	public static void main(String[] args) {
		SpringApplication.run(SpbeApplication.class, args);
	}
}
