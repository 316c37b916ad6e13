package id.spbe.web;

import id.spbe.common.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Replaces Spring Boot's BasicErrorController: whatever failed before or outside a controller
 * (a path Tomcat refuses, an unreadable multipart body, an exception no advice took, a status sent
 * with {@code sendError}) is answered here, as JSON {@code {"message": ...}} when the failed
 * request was under {@code /api/} and as the product's error page otherwise, in the user's
 * language. Views are resolved directly rather than by name, so that no {@code Accept} header
 * (an image, anything) can turn the error into a 406 or a failure of the error page itself.
 */
@Controller
class ErrorPageController implements ErrorController {

	/** A request attribute naming the message key of the refusal, set by whoever sent the status. */
	static final String MESSAGE_KEY = ErrorPageController.class.getName() + ".messageKey";

	private final Messages messages;
	private final ThymeleafViewResolver views;

	ErrorPageController(Messages messages, ThymeleafViewResolver views) {
		this.messages = messages;
		this.views = views;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request) throws Exception {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		// no status means /error was asked for by hand: there is no such page
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
		if (status == null || status.value() < 400) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		Object key = request.getAttribute(MESSAGE_KEY);
		String message = messages.get(key instanceof String k ? k : keyFor(status));
		if (isApi(request)) {
			// only the message: the page attributes every model gets (CurrentPathAdvice) are no part of the API's answer
			JacksonJsonView body = new JacksonJsonView();
			body.setModelKeys(java.util.Set.of("message"));
			ModelAndView json = new ModelAndView(body, Map.of("message", message));
			json.setStatus(status);
			return json;
		}
		String name = switch (status) {
			case NOT_FOUND -> "error/404";
			case FORBIDDEN -> "error/403";
			default -> status.is5xxServerError() ? "error/500" : "error/refused";
		};
		View view = views.resolveViewName(name, RequestContextUtils.getLocale(request));
		ModelAndView page = new ModelAndView(view, Map.<String, Object>of("status", status.value(), "reason", message));
		page.setStatus(status);
		return page;
	}

	/** Whether the request that failed (not this error dispatch) was one of the API. */
	static boolean isApi(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String s ? s : request.getRequestURI();
		return uri != null && uri.startsWith(request.getContextPath() + "/api/");
	}

	private static String keyFor(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "api.error.badRequest";
			case UNAUTHORIZED -> "api.error.unauthorized";
			case NOT_FOUND -> "api.error.notFound";
			case METHOD_NOT_ALLOWED -> "api.error.method";
			case NOT_ACCEPTABLE -> "api.error.notAcceptable";
			case UNSUPPORTED_MEDIA_TYPE -> "api.error.mediaType";
			case PAYLOAD_TOO_LARGE -> "evidence.error.requestTooLarge";
			case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "error.tooLong";
			default -> status.is5xxServerError() ? "api.error.server" : "api.error.status";
		};
	}
}
