package id.spbe.setup;

import id.spbe.database.ExternalDatabaseCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether the app runs in demo mode: with profile {@code demo}, or on the zero-config embedded
 * database unless {@code SPBE_DEMO=false}. Demo mode seeds the demo accounts and data.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment env) {
		Boolean explicit = env.getProperty("spbe.demo", Boolean.class);
		boolean defaultMode = env.acceptsProfiles(Profiles.of("demo"))
				|| !ExternalDatabaseCondition.isExternalDatabaseConfigured(env);
		this.enabled = explicit != null ? explicit : defaultMode;
	}

	/** True in demo mode. */
	public boolean isEnabled() {
		return enabled;
	}
}
