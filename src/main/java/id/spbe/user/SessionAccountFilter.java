package id.spbe.user;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a page session true to its account: the session holds the user as they signed in, so
 * without this an administrator's change would wait for the session to end. Each page request
 * reads the account (one query by id): a user deactivated, or whose role, agency or unit changed,
 * is signed out and sent to the sign-in page; a user given a temporary password meanwhile is
 * held at the password change from the next request on. The API needs none of this: it signs in
 * on every call.
 */
class SessionAccountFilter extends OncePerRequestFilter {

	private static final Set<String> STATIC = Set.of("/css/", "/js/", "/webjars/", "/favicon.svg", "/error");

	private final UserAccountRepository accounts;
	private final Clock clock;
	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SessionAccountFilter(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (auth == null || !(auth.getPrincipal() instanceof CurrentUser user) || STATIC.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> account = accounts.findById(user.getId());
		if (account.isEmpty() || !account.get().isEnabled() || account.get().getRole() != user.getRole()
				|| !Objects.equals(account.get().getAgencyId(), user.getAgencyId())
				|| !Objects.equals(account.get().getUnitId(), user.getUnitId())) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		if (account.get().isMustChangePassword() && !user.isMustChangePassword()) {
			CurrentUser now = new CurrentUser(account.get(), clock.instant());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(now, null, now.getAuthorities()));
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}
}
