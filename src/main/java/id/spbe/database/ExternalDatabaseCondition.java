package id.spbe.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external PostgreSQL is configured, i.e. {@code spring.datasource.url}
 * (fed by {@code SPBE_DB_URL} or {@code SPRING_DATASOURCE_URL}) is empty.
 */
public class ExternalDatabaseCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !isExternalDatabaseConfigured(context.getEnvironment());
	}

	/** True when a JDBC URL for an external PostgreSQL is set. */
	public static boolean isExternalDatabaseConfigured(org.springframework.core.env.Environment env) {
		return StringUtils.hasText(env.getProperty("spring.datasource.url"));
	}
}
