package id.spbe.common;

/**
 * A request the rules refuse: bad input, a write in the wrong workflow state, a role that may not
 * do this. Carries a message key of the {@code messages} bundles and its arguments so that pages
 * and API answer in the user's language; stored data is unchanged when it is thrown.
 */
public class RuleViolationException extends RuntimeException {

	/**
	 * How the refusal maps to HTTP: bad input 400, not allowed 403, conflicting state 409, a write
	 * without the version (or history count) it was based on 428 (API only), a service the request
	 * needs (the evidence store) not answering 503.
	 */
	public enum Kind {
		BAD_INPUT(400), FORBIDDEN(403), CONFLICT(409), PRECONDITION_REQUIRED(428), UNAVAILABLE(503);

		private final int httpStatus;

		Kind(int httpStatus) {
			this.httpStatus = httpStatus;
		}

		/** The HTTP status that answers this refusal. */
		public int httpStatus() {
			return httpStatus;
		}
	}

	private final Kind kind;
	private final String messageKey;
	private final transient Object[] arguments;

	public RuleViolationException(Kind kind, String messageKey, Object... arguments) {
		super(messageKey);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public static RuleViolationException badInput(String key, Object... args) {
		return new RuleViolationException(Kind.BAD_INPUT, key, args);
	}

	public static RuleViolationException forbidden(String key, Object... args) {
		return new RuleViolationException(Kind.FORBIDDEN, key, args);
	}

	public static RuleViolationException conflict(String key, Object... args) {
		return new RuleViolationException(Kind.CONFLICT, key, args);
	}

	/** A write that must say which version it was based on and did not (HTTP 428). */
	public static RuleViolationException preconditionRequired(String key, Object... args) {
		return new RuleViolationException(Kind.PRECONDITION_REQUIRED, key, args);
	}

	/** A service the request needs does not answer (HTTP 503); nothing was changed, trying later may work. */
	public static RuleViolationException unavailable(String key, Object... args) {
		return new RuleViolationException(Kind.UNAVAILABLE, key, args);
	}

	public Kind getKind() {
		return kind;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}
}
