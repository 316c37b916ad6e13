package id.spbe.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
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
		response.setHeader("WWW-Authenticate", "Basic realm=\"SPBE\", charset=\"UTF-8\"");
		JsonAnswer.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, messages, "api.error.unauthorized");
	}
}
