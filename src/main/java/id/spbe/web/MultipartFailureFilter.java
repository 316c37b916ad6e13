package id.spbe.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart body before Spring Security does. The page chain's CSRF check reads the
 * parameters first: a file name with a NUL then escapes as Tomcat's InvalidFileNameException (a
 * 500), and a body over the container's limit fails the parameter read itself. Here both become
 * the refusal they are (400 "file name unreadable", 413 "upload too large"), answered by
 * {@link ErrorPageController} as a page or as API JSON. Other read failures (an interrupted
 * upload) are kept by Tomcat and reported where they were before.
 */
@Component
// after the character encoding filter (the parts' text must be decoded as UTF-8), before Spring Security (-100)
@Order(-101)
class MultipartFailureFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			try {
				request.getParts();
			}
			catch (IOException | ServletException | RuntimeException e) {
				if (refused(request, response, e)) {
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean refused(HttpServletRequest request, HttpServletResponse response, Throwable failure)
			throws ServletException, IOException {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidFileNameException) {
				answer(request, response, HttpStatus.BAD_REQUEST, "evidence.error.badName");
				return true;
			}
			if (cause instanceof SizeException) {
				answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "evidence.error.requestTooLarge");
				return true;
			}
		}
		return false;
	}

	/**
	 * Forwards to the error page as a bodiless GET: Tomcat's own error dispatch would keep the
	 * broken body, and every later parameter read (the language, the CSRF token) would fail again.
	 */
	private static void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws ServletException, IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status.value());
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		request.setAttribute(ErrorPageController.MESSAGE_KEY, key);
		response.setStatus(status.value());
		request.getRequestDispatcher("/error").forward(new Bodiless(request), response);
	}

	private static final class Bodiless extends HttpServletRequestWrapper {

		Bodiless(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getHeader(String name) {
			return "Content-Type".equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Map.of();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}
	}
}
