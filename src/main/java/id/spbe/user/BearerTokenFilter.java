package id.spbe.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's {@code Authorization: Bearer <token>}: a valid personal token signs the request in as
 * its owner (no session, no password hash to compute); a refused one answers 401 JSON at once with
 * the reason in the request's language, rather than falling through to the Basic challenge. A
 * request without a bearer header goes on to HTTP Basic unchanged. Not a bean, so that it runs
 * only in the API chain and not as a servlet filter for every request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer";

	private final ApiTokens tokens;
	private final MessageSource messages;

	BearerTokenFilter(ApiTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				|| (header.length() > SCHEME.length() && header.charAt(SCHEME.length()) != ' ')) {
			chain.doFilter(request, response);
			return;
		}
		TokenAuthentication signedIn;
		try {
			signedIn = tokens.authenticate(header.substring(SCHEME.length()).strip());
		}
		catch (TokenRefusedException e) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer realm=\"SPBE\", error=\"invalid_token\"");
			JsonAnswer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, messages, e.messageKey());
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(signedIn);
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
