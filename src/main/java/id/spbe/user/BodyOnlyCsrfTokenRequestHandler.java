package id.spbe.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring's default CSRF handler (with BREACH protection), except that the token is taken only from
 * the {@code X-CSRF-TOKEN} header or the form body: a request whose query string names the token
 * parameter is refused (403), because a token in a URL leaks into logs, history and Referer
 * headers. Spring reads the parameter with {@code getParameter}, which would also see the query.
 */
class BodyOnlyCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler delegate = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		delegate.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		if (request.getHeader(csrfToken.getHeaderName()) == null
				&& inQueryString(request.getQueryString(), csrfToken.getParameterName())) {
			return null;
		}
		return delegate.resolveCsrfTokenValue(request, csrfToken);
	}

	static boolean inQueryString(String query, String name) {
		if (query == null || query.isEmpty()) {
			return false;
		}
		for (String part : query.split("&")) {
			int eq = part.indexOf('=');
			String raw = eq < 0 ? part : part.substring(0, eq);
			String decoded;
			try {
				decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException malformed) {
				decoded = raw;
			}
			if (name.equals(decoded) || name.equals(raw)) {
				return true;
			}
		}
		return false;
	}
}
