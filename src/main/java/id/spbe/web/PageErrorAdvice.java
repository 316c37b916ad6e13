package id.spbe.web;

import id.spbe.common.RuleViolationException;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refused action on a page that its controller did not show in place: an error page with the reason. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

	private final MessageSource messages;

	PageErrorAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView refused(RuleViolationException e) {
		HttpStatus status = HttpStatus.valueOf(e.getKind().httpStatus());
		String message = messages.getMessage(e.getMessageKey(), e.getArguments(), e.getMessageKey(),
				LocaleContextHolder.getLocale());
		return new ModelAndView("error/refused", Map.of("reason", message), status);
	}
}
