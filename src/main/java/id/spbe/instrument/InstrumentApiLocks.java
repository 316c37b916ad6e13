package id.spbe.instrument;

import id.spbe.common.RuleViolationException;

/**
 * What a draft {@code PUT} carries: the lock value in {@code If-Match} ({@code "3"}, {@code W/"3"}
 * or {@code 3}) and the tree as a JSON body of bounded size.
 */
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

	static InstrumentDefinition tree(jakarta.servlet.http.HttpServletRequest request, long maxBytes,
			tools.jackson.databind.json.JsonMapper json) throws java.io.IOException {
		byte[] body;
		try (java.io.InputStream in = request.getInputStream()) {
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (body.length > maxBytes) {
			throw RuleViolationException.badInput("instrument.error.tooLarge", String.valueOf(maxBytes / 1024));
		}
		if (body.length == 0) {
			throw RuleViolationException.badInput("instrument.error.body");
		}
		try {
			InstrumentDefinition tree = json.readValue(body, InstrumentDefinition.class);
			if (tree == null) {
				throw RuleViolationException.badInput("instrument.error.body");
			}
			return tree;
		}
		catch (tools.jackson.core.JacksonException e) {
			throw RuleViolationException.badInput("instrument.error.unreadable",
					e.getLocation() == null ? "?" : e.getLocation().getLineNr(), e.getLocation() == null ? "?" : e.getLocation().getColumnNr());
		}
	}
}
