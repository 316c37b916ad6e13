package id.spbe.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import id.spbe.common.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * HTTP-level errors that happen before any controller (unknown path, wrong method or media type):
 * JSON {@code {"message": ...}} under {@code /api}, the error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HttpErrorAdvice {

	private final Messages messages;

	HttpErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "api.error.notFound");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpServletRequest request) {
		return respond(request, HttpStatus.METHOD_NOT_ALLOWED, "api.error.method");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ModelAndView mediaType(HttpServletRequest request) {
		return respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.mediaType");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ModelAndView notAcceptable(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		return backToFormOr(request, HttpStatus.PAYLOAD_TOO_LARGE, "evidence.error.requestTooLarge");
	}

	/** A multipart body the container cannot parse (e.g. a file name with a NUL character). */
	@ExceptionHandler(MultipartException.class)
	ModelAndView badMultipart(HttpServletRequest request) {
		return backToFormOr(request, HttpStatus.BAD_REQUEST, "evidence.error.badName");
	}

	/**
	 * An upload refused before any controller ran: a page goes back to the form it came from with
	 * the message as the page's error (no form was bound, so there is no form error to show); the
	 * API (or a request from elsewhere) gets the status.
	 */
	private ModelAndView backToFormOr(HttpServletRequest request, HttpStatus status, String key) {
		String referer = request.getHeader("Referer");
		if (referer != null && !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& referer.startsWith(request.getScheme() + "://" + request.getServerName())) {
			RequestContextUtils.getOutputFlashMap(request).put("error", messages.get(key));
			return new ModelAndView("redirect:" + referer);
		}
		return respond(request, status, key);
	}

	private ModelAndView respond(HttpServletRequest request, HttpStatus status, String key) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			String message = messages.get(key);
			ModelAndView json = new ModelAndView(new JacksonJsonView(), Map.of("message", message));
			json.setStatus(status);
			return json;
		}
		String view = status == HttpStatus.NOT_FOUND ? "error/404" : "error";
		return new ModelAndView(view, Map.of("status", status.value()), status);
	}
}
