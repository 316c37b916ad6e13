package id.spbe.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 for the API as JSON {@code {"message": ...}} in the Accept-Language, with the Basic challenge. */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;

	JsonAuthenticationEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		// without an Accept-Language header the servlet reports the server's locale: answer in Indonesian
		boolean english = request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage());
		Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("id");
		String message = messages.getMessage("api.error.unauthorized", null, locale);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader("WWW-Authenticate", "Basic realm=\"SPBE\", charset=\"UTF-8\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"message\":\"" + message.replace("\"", "\\\"") + "\"}");
	}
}
