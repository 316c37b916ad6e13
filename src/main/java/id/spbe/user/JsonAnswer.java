package id.spbe.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

/**
 * The API's answer {@code {"message": ...}} written by the security chain, which answers before
 * the web layer's locale resolver and exception handlers run.
 */
final class JsonAnswer {

	private JsonAnswer() {
	}

	static void write(HttpServletRequest request, HttpServletResponse response, int status, MessageSource messages,
			String key, Object... args) throws IOException {
		// without an Accept-Language header the servlet reports the server's locale: answer in Indonesian
		boolean english = request.getHeader("Accept-Language") != null && "en".equals(request.getLocale().getLanguage());
		Locale locale = english ? Locale.ENGLISH : Locale.forLanguageTag("id");
		String message = messages.getMessage(key, args, locale);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"message\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}
}
