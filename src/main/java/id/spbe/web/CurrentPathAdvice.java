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
}
