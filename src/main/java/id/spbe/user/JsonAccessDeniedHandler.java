package id.spbe.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 403 for the API as JSON {@code {"message": ...}} in the Accept-Language, for a signed-in user
 * on an administrator's route: the security chain refuses before any controller runs, so every
 * administration endpoint gets the same answer without checking the role itself.
 */
class JsonAccessDeniedHandler implements AccessDeniedHandler {

	private final MessageSource messages;

	JsonAccessDeniedHandler(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		// without an Accept-Language header the servlet reports the server's locale: answer in Indonesian
		boolean english = request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage());
		Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("id");
		String message = messages.getMessage("api.error.adminOnly", null, locale);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
	}
}
