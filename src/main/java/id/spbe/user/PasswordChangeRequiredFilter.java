package id.spbe.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a user who signed in with a temporary password at the password change: pages redirect to
 * {@value #PAGE}, and every API call but {@code PUT} {@value #API} answers 403 with a message
 * saying so. Runs in both security chains after authentication, so no controller can forget it.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PAGE = "/account/password";
	static final String API = "/api/me/password";
	/** What a page user may still reach: the change itself, signing out, and what pages load. */
	private static final Set<String> PAGE_PREFIXES = Set.of(PAGE, "/logout", "/login", "/error", "/css/", "/js/",
			"/webjars/", "/favicon.svg");

	private final MessageSource messages;

	PasswordChangeRequiredFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || !user.isMustChangePassword()) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			if (path.equals(API) && "PUT".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			refuseApi(request, response);
			return;
		}
		if (PAGE_PREFIXES.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect(request.getContextPath() + PAGE);
	}

	private void refuseApi(HttpServletRequest request, HttpServletResponse response) throws IOException {
		JsonAnswer.write(request, response, HttpServletResponse.SC_FORBIDDEN, messages, "api.error.passwordChangeRequired",
				API);
	}
}
