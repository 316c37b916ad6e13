package id.spbe.user;

import java.time.Clock;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The operators' and integrators' routes, in chains of their own beside {@link SecurityConfiguration}'s
 * two: the actuator (health open with its status only, details and metrics for administrators) and
 * the OpenAPI document (signed-in users, by page session or HTTP Basic, as the API's scripts sign
 * in). The Swagger UI page itself stays in the page chain: an anonymous visitor gets the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class OperationsSecurity {

	/** The actuator's base path on either port ({@code management.endpoints.web.base-path} is left at its default). */
	static final String ACTUATOR = "/actuator";

	/** The OpenAPI document and the Swagger UI's configuration, read by the page with the session cookie. */
	static final String[] API_DOCS = { "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml" };

	/**
	 * Health (and its liveness and readiness groups) is open to load balancers and orchestrators;
	 * what the answer shows is decided by {@code management.endpoint.health.show-details}
	 * (administrators only). Prometheus is the administrators', unless the actuator lives on its own
	 * management port ({@code SPBE_MANAGEMENT_PORT}), which only the operators' network reaches: there
	 * it is open, and the application port serves no actuator at all. Any other endpoint is refused.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain actuatorChain(HttpSecurity http, MessageSource messages, UserAccountRepository accounts,
			Clock clock, Environment environment, ApiTokens tokens) throws Exception {
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
		JsonAuthenticationEntryPoint entryPoint = new JsonAuthenticationEntryPoint(messages);
		return http.securityMatcher(ACTUATOR, ACTUATOR + "/**")
				.authorizeHttpRequests(auth -> {
					auth.requestMatchers(HttpMethod.GET, ACTUATOR + "/health", ACTUATOR + "/health/**").permitAll();
					if (ownPort) {
						auth.requestMatchers(HttpMethod.GET, ACTUATOR + "/prometheus").permitAll();
					}
					else {
						auth.requestMatchers(HttpMethod.GET, ACTUATOR + "/prometheus").hasRole(Role.ADMIN.name());
					}
					auth.anyRequest().denyAll();
				})
				.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
				// a Prometheus scraper or a script signs in as the API does: a personal token or Basic
				.addFilterBefore(new BearerTokenFilter(tokens, messages), BasicAuthenticationFilter.class)
				.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler(new JsonAccessDeniedHandler(messages)))
				// an administrator's page session counts here too, and follows the account like a page does
				.addFilterBefore(new SessionAccountFilter(accounts, clock), AuthorizationFilter.class)
				// a temporary password opens nothing but its own change, here as on the API
				.addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
				.csrf(csrf -> csrf.disable())
				.headers(this::jsonHeaders)
				.build();
	}

	/**
	 * The OpenAPI document for signed-in users: anonymous callers get 401 JSON (the API's answer),
	 * a user with a temporary password is held at the password change as everywhere.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain apiDocsChain(HttpSecurity http, MessageSource messages, UserAccountRepository accounts,
			Clock clock, ApiTokens tokens) throws Exception {
		JsonAuthenticationEntryPoint entryPoint = new JsonAuthenticationEntryPoint(messages);
		return http.securityMatcher(API_DOCS)
				.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, API_DOCS).authenticated()
						.anyRequest().denyAll())
				.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
				// a Prometheus scraper or a script signs in as the API does: a personal token or Basic
				.addFilterBefore(new BearerTokenFilter(tokens, messages), BasicAuthenticationFilter.class)
				.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler(new JsonAccessDeniedHandler(messages)))
				.addFilterBefore(new SessionAccountFilter(accounts, clock), AuthorizationFilter.class)
				.addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
				.headers(this::jsonHeaders)
				.build();
	}

	private void jsonHeaders(
			org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfiguration.API_CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader(permissions -> permissions.policy(SecurityConfiguration.PERMISSIONS_POLICY));
	}
}
