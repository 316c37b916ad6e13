package id.spbe.web;

import id.spbe.common.FormValues;
import id.spbe.common.RuleViolationException;
import java.util.Map;
import id.spbe.common.Messages;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused action on a page that its controller did not show in place: an error page with the reason. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

	private final Messages messages;

	PageErrorAdvice(Messages messages) {
		this.messages = messages;
	}

	/** A value a hand-made request sent in the wrong shape (a form always sends the right one). */
	@ExceptionHandler(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class)
	ModelAndView malformed(org.springframework.web.method.annotation.MethodArgumentTypeMismatchException e) {
		if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
			// /evaluations/abc is an address that does not exist
			return new ModelAndView("error/404", Map.of(), HttpStatus.NOT_FOUND);
		}
		return refused(RuleViolationException.badInput("form.error.choice",
				FormValues.echo(String.valueOf(e.getValue()))));
	}

	/** An address whose query has a broken %-escape ({@code ?x=%ZZ}): Tomcat refuses to read its parameters. */
	@ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
	ModelAndView unreadableAddress() {
		return refused(RuleViolationException.badInput("error.badAddress"));
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView refused(RuleViolationException e) {
		HttpStatus status = HttpStatus.valueOf(e.getKind().httpStatus());
		String message = messages.of(e);
		return new ModelAndView("error/refused", Map.of("reason", message), status);
	}

	/**
	 * A write that waited too long for the evaluation's lock, or a statement that ran too long:
	 * 503 "busy, try again". Other database failures go on to the 500 page as before.
	 */
	@ExceptionHandler({ DataAccessException.class, PersistenceException.class, TransactionException.class })
	ModelAndView busy(RuntimeException e, HttpServletResponse response) {
		if (!DatabaseBusy.is(e)) {
			throw e;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseBusy.RETRY_AFTER_SECONDS);
		return new ModelAndView("error/refused", Map.of("reason", messages.get("error.busy")),
				HttpStatus.SERVICE_UNAVAILABLE);
	}
}
