package id.spbe.instrument;

/**
 * What an administrator did to an instrument version: the {@code common.AuditEvent} action and
 * the version's last change ({@code instrument.changed_action}), shown with its message key.
 */
enum InstrumentAction {
	INSTRUMENT_CREATED, INSTRUMENT_SAVED, INSTRUMENT_PUBLISHED, INSTRUMENT_RETIRED, INSTRUMENT_DELETED, INSTRUMENT_IMPORTED;

	/** The audit log's key for this action, also used by the version list. */
	String messageKey() {
		return "audit.action." + name();
	}
}
