package id.spbe.user;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two chains: {@code /api/**} is stateless, personal API tokens ({@link BearerTokenFilter}) or HTTP
 * Basic without sessions (so without CSRF); pages
 * use form login with CSRF on. Admin pages need ADMIN; everything else a login. In both, a user
 * with a temporary password reaches only the password change ({@link PasswordChangeRequiredFilter});
 * a page session follows its account's changes ({@link SessionAccountFilter}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

	/**
	 * Pages: scripts only from files of our own (no inline scripts or handlers); inline
	 * {@code style=} attributes are allowed. Evidence is previewed in frames of our own pages.
	 */
	static final String PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/** The API answers JSON: it loads nothing and is framed by nobody. */
	static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

	/**
	 * The administrators' API, refused to every other role here, before any controller: one list,
	 * so an administration endpoint cannot forget its role check. Reading instruments stays open to
	 * every signed-in user; changing them (POST, PUT, DELETE) and their versions are the
	 * administrators'.
	 */
	static final String[] ADMIN_API = { "/api/agencies", "/api/agencies/**", "/api/users", "/api/users/**",
			"/api/periods", "/api/periods/**", "/api/audit", "/api/audit/**", "/api/evaluations/*/extensions",
			"/api/evaluations/*/external-indices/**",
			"/api/instruments/*/versions", "/api/instruments/*/versions/**", "/api/instruments/*/compare",
			"/api/outbox", "/api/outbox/**" };

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The one password check for pages and API: throttling per client address, the same answer
	 * for every refusal, locked accounts still reachable from a clean address (see
	 * {@link LoginAttempts}).
	 */
	@Bean
	ThrottledAuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginAttempts attempts, BasicCredentialCache verified) {
		return new ThrottledAuthenticationProvider(users, encoder, attempts, verified);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, MessageSource messages, ApiTokens tokens) throws Exception {
		JsonAuthenticationEntryPoint entryPoint = new JsonAuthenticationEntryPoint(messages);
		return http.securityMatcher("/api/**")
				.authorizeHttpRequests(auth -> auth
						.requestMatchers(ADMIN_API).hasRole("ADMIN")
						// the index calculator is a POST that changes nothing: every signed-in user's
						.requestMatchers(HttpMethod.POST, "/api/instruments/*/index").authenticated()
						.requestMatchers(HttpMethod.POST, "/api/instruments", "/api/instruments/**").hasRole("ADMIN")
						.requestMatchers(HttpMethod.PUT, "/api/instruments/**").hasRole("ADMIN")
						.requestMatchers(HttpMethod.DELETE, "/api/instruments/**").hasRole("ADMIN")
						.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
				.addFilterBefore(new BearerTokenFilter(tokens, messages), BasicAuthenticationFilter.class)
				.exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
						.accessDeniedHandler(new JsonAccessDeniedHandler(messages)))
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
				// JSON only: nothing to load, nothing to frame
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
						.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
				.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, MessageSource messages, UserAccountRepository accounts,
			java.time.Clock clock) throws Exception {
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setMatchingRequestParameterName(null);
		AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
		return http
				.authorizeHttpRequests(auth -> auth
						.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.svg", "/error")
						.permitAll()
						.requestMatchers("/admin/**").hasRole("ADMIN")
						.anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/login").permitAll().failureHandler((request, response, ex) ->
						// one answer for unknown user, wrong password, locked account and throttled address
						response.sendRedirect(request.getContextPath() + "/login?error")))
				.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
				.addFilterBefore(new SessionAccountFilter(accounts, clock), AuthorizationFilter.class)
				.addFilterBefore(new PasswordChangeRequiredFilter(messages), AuthorizationFilter.class)
				.requestCache(cache -> cache.requestCache(requestCache))
				// the CSRF token counts only in the form body or the X-CSRF-TOKEN header, never in the URL
				.csrf(csrf -> csrf.csrfTokenRequestHandler(new BodyOnlyCsrfTokenRequestHandler()))
				// evidence PDFs and images are previewed in frames of our own review page
				.headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
						.contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_CSP))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
						.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY)))
				// A form sent after the session ended carries a stale CSRF token: ask to sign in again
				// rather than calling it "access denied".
				.exceptionHandling(e -> e.accessDeniedHandler((request, response, ex) -> {
					boolean sessionGone = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
					// the CSRF check runs before the request knows its principal: ask the security context
					org.springframework.security.core.Authentication auth = org.springframework.security.core.context
							.SecurityContextHolder.getContext().getAuthentication();
					boolean signedIn = auth != null && auth.isAuthenticated()
							&& !(auth instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
					if (ex instanceof CsrfException && (sessionGone || !signedIn)) {
						response.sendRedirect(request.getContextPath() + "/login?expired");
					}
					else {
						denied.handle(request, response, ex);
					}
				}))
				.build();
	}
}
