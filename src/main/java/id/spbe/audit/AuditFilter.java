package id.spbe.audit;

import java.time.LocalDate;

/**
 * What the log is narrowed to; every part is optional (null) except the page.
 *
 * @param username the acting login, compared without case
 * @param agencyId the agency concerned
 * @param action   an action name such as {@code WORKFLOW_REOPEN}
 * @param from     first day, WIB, inclusive
 * @param to       last day, WIB, inclusive
 * @param page     1 to {@link AuditLog#MAX_PAGE}
 */
public record AuditFilter(String username, Long agencyId, String action, LocalDate from, LocalDate to, int page) {

	/** The whole log, first page. */
	public static AuditFilter all() {
		return new AuditFilter(null, null, null, null, null, 1);
	}
}
