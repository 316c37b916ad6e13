package id.spbe.user;

/**
 * A bearer token refused, with the message key of the reason: the caller holding a real token is
 * told whether it expired, was revoked or belongs to a deactivated or locked account; anything else
 * (malformed, unknown) gets one answer.
 */
class TokenRefusedException extends RuntimeException {

	static final String MALFORMED = "api.error.token.invalid";
	static final String EXPIRED = "api.error.token.expired";
	static final String REVOKED = "api.error.token.revoked";
	static final String INACTIVE = "api.error.token.inactive";

	private final String messageKey;

	TokenRefusedException(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
