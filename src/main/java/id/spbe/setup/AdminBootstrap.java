package id.spbe.setup;

import id.spbe.user.Role;
import id.spbe.user.UserAccounts;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode, the first start creates the login {@code admin} with the password from
 * {@code SPBE_ADMIN_PASSWORD}, or a generated one that is logged once, at that start only. Either
 * password has been where others may read it (an environment variable, a log), so it is temporary:
 * the administrator must choose a new one at the first sign-in, on the page or with
 * {@code PUT /api/me/password}.
 */
@Component
class AdminBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final DemoMode demoMode;
	private final UserAccounts accounts;
	private final String configuredPassword;

	AdminBootstrap(DemoMode demoMode, UserAccounts accounts, @Value("${spbe.admin-password:}") String configuredPassword) {
		this.demoMode = demoMode;
		this.accounts = accounts;
		this.configuredPassword = configuredPassword;
	}

	void run() {
		if (demoMode.isEnabled() || accounts.exists("admin")) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		accounts.createIfAbsent("admin", password, "Administrator", Role.ADMIN, null);
		accounts.requirePasswordChange("admin");
		if (generated) {
			log.warn("Created administrator 'admin' with generated password: {}  (shown only now; it must be changed at the first sign-in)", password);
		}
		else {
			log.info("Created administrator 'admin' with the password from SPBE_ADMIN_PASSWORD (to be changed at the first sign-in)");
		}
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
