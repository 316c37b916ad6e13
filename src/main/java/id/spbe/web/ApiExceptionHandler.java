package id.spbe.web;

import id.spbe.common.CsvImportException;
import id.spbe.common.NotFoundException;
import id.spbe.common.RuleViolationException;
import id.spbe.evaluation.ConcurrentEditException;
import id.spbe.instrument.IndexInputException;
import java.util.Map;
import id.spbe.common.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Errors of the REST API as JSON {@code {"message": "..."}} in the caller's language
 * ({@code Accept-Language} or {@code ?lang=}), Indonesian by default.
 */
@RestControllerAdvice(annotations = RestController.class)
// before PageErrorAdvice, which matches @RestController too (it is a @Controller): the API answers JSON
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Messages messages;

	ApiExceptionHandler(Messages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(IndexInputException.class)
	ResponseEntity<Map<String, String>> invalidInput(IndexInputException e) {
		return body(HttpStatus.BAD_REQUEST, message(e.getMessageKey(), e.getArguments()));
	}

	@ExceptionHandler(RuleViolationException.class)
	ResponseEntity<Map<String, String>> rule(RuleViolationException e) {
		HttpStatus status = HttpStatus.valueOf(e.getKind().httpStatus());
		return body(status, message(e.getMessageKey(), e.getArguments()));
	}

	/** A refused CSV upload: the summary and every problem by line and column, in the caller's language. */
	@ExceptionHandler(CsvImportException.class)
	ResponseEntity<Map<String, Object>> csv(CsvImportException e) {
		var errors = e.problems().stream().map(p -> {
			Map<String, Object> error = new java.util.LinkedHashMap<>();
			error.put("line", p.line());
			error.put("column", p.column());
			error.put("message", messages.get(p.message()));
			return error;
		}).toList();
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", message(e.getMessageKey(), e.getArguments()), "errors", errors));
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
		return body(HttpStatus.NOT_FOUND, message("api.error.notFound"));
	}

	@ExceptionHandler(ConcurrentEditException.class)
	ResponseEntity<Map<String, Object>> conflict(ConcurrentEditException e) {
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("message", message("api.error.concurrentEdit", e.getCurrent().number()), "current",
						e.getCurrent()));
	}

	/** Also an address whose query has a broken %-escape ({@code ?x=%ZZ}): Tomcat refuses to read its parameters. */
	@ExceptionHandler({ MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
			MethodArgumentTypeMismatchException.class, org.apache.tomcat.util.http.InvalidParameterException.class })
	ResponseEntity<Map<String, String>> missing(Exception e) {
		return body(HttpStatus.BAD_REQUEST, message("api.error.badRequest"));
	}

	/**
	 * A body that is no JSON of the expected shape, or over the parser's limits: a number too long
	 * gets its own message (Jackson names the limit it checked in its message), any other limit the
	 * message that lists them.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof StreamConstraintsException limit) {
				return body(HttpStatus.BAD_REQUEST, String.valueOf(limit.getMessage()).contains("NumberLength")
						? message("api.error.limits", WebConfiguration.MAX_JSON_NUMBER_LENGTH)
						: message("api.error.tooLarge", WebConfiguration.MAX_JSON_STRING_LENGTH,
								WebConfiguration.MAX_JSON_NESTING));
			}
		}
		return body(HttpStatus.BAD_REQUEST, message("api.error.unreadable"));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> status(ResponseStatusException e) {
		String reason = e.getReason() == null ? "api.error.status" : e.getReason();
		return body(HttpStatus.valueOf(e.getStatusCode().value()), message(reason));
	}

	/** Anything else: the framework's own status where it has one, else 500; always {"message"}. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, String>> other(Exception e) {
		if (DatabaseBusy.is(e)) {
			// the lock or statement timeout ran out: nothing was written, and a retry soon will do
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS)
					.body(Map.of("message", message("error.busy")));
		}
		if (e instanceof ErrorResponse error) {
			return body(HttpStatus.valueOf(error.getStatusCode().value()), message("api.error.status"));
		}
		log.error("API request failed", e);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, message("api.error.server"));
	}

	private String message(String key, Object... args) {
		return messages.get(key, args);
	}

	/** JSON whatever the request's {@code Accept} says: an error must not turn into a 406. */
	private static ResponseEntity<Map<String, String>> body(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
	}
}
