package id.spbe.setup;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * In demo mode the demo accounts get e-mail addresses (a column of the notification module, V18)
 * under the reserved {@code .invalid} domain, so the outbox shows what each of them would have
 * received (KEPT, or undeliverable if someone points the demo at a real SMTP server) instead of
 * "no e-mail address". An address a user set stays.
 */
@Component
class DemoMailAddresses {

	static final String DOMAIN = "@demo.spbe.invalid";

	private final DemoMode demo;
	private final JdbcTemplate jdbc;

	DemoMailAddresses(DemoMode demo, JdbcTemplate jdbc) {
		this.demo = demo;
		this.jdbc = jdbc;
	}

	/** Called by the demo seeder once the demo accounts exist, before the demo's workflow steps. */
	void give() {
		if (demo.isEnabled()) {
			jdbc.update("update user_account set email = username || ? where email is null and username = any(?)", DOMAIN,
					new String[] { "admin", "asesor", "asesor2", "koordinator", "operator", "koordinator2", "operator2" });
		}
	}
}
