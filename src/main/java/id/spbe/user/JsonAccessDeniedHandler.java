package id.spbe.user;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
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
		JsonAnswer.write(request, response, HttpServletResponse.SC_FORBIDDEN, messages, "api.error.adminOnly");
	}
}
