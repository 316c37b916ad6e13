package id.spbe.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Page sessions in PostgreSQL (Spring Session JDBC, configured by Boot), with Spring Session's
 * PostgreSQL statements: a session attribute is written with {@code INSERT ... ON CONFLICT DO
 * UPDATE}. The default plain INSERT failed the second of two requests of one session that arrived
 * together and both added an attribute (two tabs, or a form sent twice: both store a flash message)
 * on the attributes' primary key; that request answered 500 "nothing changed" after its change was
 * saved, and a user who tried again saved it twice.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}
}
