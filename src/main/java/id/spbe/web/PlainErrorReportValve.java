package id.spbe.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * What Tomcat answers itself when a request never reaches the application: in Indonesian (such a
 * request carries no language the container could trust), JSON for {@code /api/}, and never
 * Tomcat's page, server name or a stack trace. Errors the application answers are untouched.
 */
class PlainErrorReportValve extends ErrorReportValve {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final MessageSource messages;

	PlainErrorReportValve(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String text = text("error.generic.text", status);
		String uri = request.getRequestURI();
		boolean api = uri != null && uri.startsWith("/api/");
		String body = api ? "{\"message\":\"" + text.replace("\"", "\\\"") + "\"}"
				: "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>" + html("app.name")
						+ "</title></head><body><h1>" + html("app.name") + "</h1><p data-testid=\"error-text\">"
						+ HtmlUtils.htmlEscape(text) + "</p><a href=\"/\">" + html("error.backHome") + "</a></body></html>";
		try {
			response.setContentType(api ? "application/json" : "text/html");
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// the client is gone or the response cannot be written: nothing left to tell anyone
		}
	}

	private String html(String key) {
		return HtmlUtils.htmlEscape(text(key));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, INDONESIAN);
	}
}
