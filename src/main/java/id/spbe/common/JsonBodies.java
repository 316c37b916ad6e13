package id.spbe.common;

import tools.jackson.databind.JsonNode;

/** Fields of the API's JSON bodies, read without guessing: a wrong type is a clear 400, never a silent default. */
public final class JsonBodies {

	private JsonBodies() {
	}

	/**
	 * A text field: null when absent or null.
	 *
	 * @throws RuleViolationException BAD_INPUT "api.error.text" naming the field when it is not a string
	 */
	public static String text(JsonNode body, String field) {
		JsonNode v = body == null ? null : body.get(field);
		if (v == null || v.isNull()) {
			return null;
		}
		if (!v.isString()) {
			throw RuleViolationException.badInput("api.error.text", field);
		}
		return v.asString();
	}
}
