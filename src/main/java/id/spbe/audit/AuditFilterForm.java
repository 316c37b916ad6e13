package id.spbe.audit;

import id.spbe.common.Forms;
import id.spbe.common.Texts;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/**
 * The log's filters as typed (query parameters of the page, the export and the API), kept as text
 * so that a refused filter is shown again as it was typed. Every value is bounded before use.
 */
class AuditFilterForm {

	/** The earliest and latest years a date filter may name (the database's time type has limits). */
	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 9999;

	private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z0-9_]*");

	private String user;
	private String agency;
	private String action;
	private String from;
	private String to;
	private String page;

	/**
	 * The filter, or null when any value is refused; each refusal is an error on its field.
	 */
	AuditFilter read(Errors errors) {
		String username = Texts.line(user);
		if (username != null && Texts.length(username) > AuditListener.MAX_USERNAME) {
			errors.rejectValue("user", "audit.error.userTooLong", new Object[] { AuditListener.MAX_USERNAME }, null);
		}
		Long agencyId = Forms.whole(errors, "agency", agency);
		String actionName = Texts.line(action) == null ? null : Texts.line(action).toUpperCase(Locale.ROOT);
		if (actionName != null && (actionName.length() > AuditListener.MAX_ACTION || !ACTION.matcher(actionName).matches())) {
			errors.rejectValue("action", "audit.error.action", new Object[] { AuditListener.MAX_ACTION }, null);
		}
		LocalDate fromDate = date(errors, "from", from);
		LocalDate toDate = date(errors, "to", to);
		if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
			errors.rejectValue("to", "audit.error.range", new Object[] { from.strip(), to.strip() }, null);
		}
		Long pageNo = Forms.whole(errors, "page", page);
		if (pageNo != null && (pageNo < 1 || pageNo > AuditLog.MAX_PAGE)) {
			errors.rejectValue("page", "audit.error.page", new Object[] { AuditLog.MAX_PAGE }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new AuditFilter(username, agencyId, actionName, fromDate, toDate, pageNo == null ? 1 : pageNo.intValue());
	}

	private static LocalDate date(Errors errors, String field, String typed) {
		LocalDate date = Forms.date(errors, field, typed);
		if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
			errors.rejectValue(field, "audit.error.dateOutOfRange", new Object[] { FIRST_YEAR, LAST_YEAR }, null);
			return null;
		}
		return date;
	}

	public String getUser() {
		return user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getAgency() {
		return agency;
	}

	public void setAgency(String agency) {
		this.agency = agency;
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getTo() {
		return to;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public String getPage() {
		return page;
	}

	public void setPage(String page) {
		this.page = page;
	}
}
