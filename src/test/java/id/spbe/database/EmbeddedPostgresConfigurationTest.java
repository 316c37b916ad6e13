package id.spbe.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With an external database URL nothing embedded is configured. */
class EmbeddedPostgresConfigurationTest {

	@Test
	void externalDatabaseUrlDisablesTheEmbeddedServer() {
		new ApplicationContextRunner().withUserConfiguration(EmbeddedPostgresConfiguration.class)
				.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/spbe", "spbe.data-dir=target/unused")
				.run(context -> assertThat(context).doesNotHaveBean(javax.sql.DataSource.class));
	}

	@Test
	void emptyUrlMeansEmbedded() {
		assertThat(ExternalDatabaseCondition.isExternalDatabaseConfigured(
				new org.springframework.mock.env.MockEnvironment().withProperty("spring.datasource.url", ""))).isFalse();
		assertThat(ExternalDatabaseCondition.isExternalDatabaseConfigured(
				new org.springframework.mock.env.MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://h/d"))).isTrue();
	}
}
