package id.spbe.instrument;

import id.spbe.common.RuleViolationException;

/** The lock value of a draft in {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}. */
final class InstrumentApiLocks {

	private InstrumentApiLocks() {
	}

	static long parse(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw RuleViolationException.preconditionRequired("instrument.error.noLock");
		}
		String v = ifMatch.strip();
		if (v.startsWith("W/")) {
			v = v.substring(2);
		}
		v = v.replace("\"", "");
		if (!v.matches("[0-9]{1,18}")) {
			throw RuleViolationException.badInput("instrument.error.badLock");
		}
		return Long.parseLong(v);
	}
}
