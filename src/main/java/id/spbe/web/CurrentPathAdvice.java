package id.spbe.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the path it was asked for, so the navigation can mark where the user is. */
@ControllerAdvice
class CurrentPathAdvice {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The current query without {@code lang}, ready to prefix "lang=..", so switching language keeps filters. */
	@ModelAttribute("queryPrefix")
	String queryPrefix(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null) {
			return "";
		}
		String kept = java.util.Arrays.stream(query.split("&")).filter(p -> !p.isEmpty() && !p.startsWith("lang="))
				.collect(java.util.stream.Collectors.joining("&"));
		return kept.isEmpty() ? "" : kept + "&";
	}
}
