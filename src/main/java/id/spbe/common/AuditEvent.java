package id.spbe.common;

/**
 * A security-relevant or data-changing action, published with Spring's
 * {@code ApplicationEventPublisher} by the module that performed it; the {@code audit} module
 * stores it in the append-only audit log with when, who and from which address.
 *
 * <p>It is an event, not a call into {@code audit}, so that every module can report what it did
 * without depending on the module that keeps the log. Listeners run synchronously in the
 * publisher's transaction: a change that rolls back leaves no audit row, and an action is never
 * stored without its record.
 *
 * @param action what happened, an upper-case name such as {@code USER_CREATED} or
 *        {@code SIGN_IN_FAILED}; the audit page translates it with the key {@code audit.action.<action>}
 * @param objectType the kind of object acted on, such as {@code user}, {@code agency},
 *        {@code period}, {@code evaluation}, {@code instrument}; null when there is none
 * @param objectId the object's id or code; null when there is none
 * @param agencyId the agency concerned, so the log can be filtered by agency; null when none
 * @param detail a short plain-text description (values before and after, a reason), at most
 *        2,000 characters; null when the action says it all
 * @param actor the username acting, only when no one is signed in (a failed sign-in, start-up);
 *        null means the signed-in user
 */
public record AuditEvent(String action, String objectType, String objectId, Long agencyId, String detail,
		String actor) {

	public static AuditEvent of(String action, String objectType, Object objectId, Long agencyId, String detail) {
		return new AuditEvent(action, objectType, objectId == null ? null : String.valueOf(objectId), agencyId, detail,
				null);
	}

	/** The same event attributed to a username rather than to the signed-in user. */
	public AuditEvent by(String username) {
		return new AuditEvent(action, objectType, objectId, agencyId, detail, username);
	}
}
