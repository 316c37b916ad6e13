package id.spbe.instrument;

/**
 * A value given to the index calculator that the instrument does not accept: an unknown
 * indicator, a value outside the scale, a fraction where whole levels are required, or more than
 * two decimals. Carries a message key (bundle {@code messages}) and its arguments so that the web
 * layer can answer in the user's language.
 */
public class IndexInputException extends RuntimeException {

	private final String messageKey;
	private final transient Object[] arguments;

	IndexInputException(String messageKey, String englishMessage, Object... arguments) {
		super(englishMessage);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** Key of the message in the {@code messages} bundles. */
	public String getMessageKey() {
		return messageKey;
	}

	/** Arguments of the message, in the order of the placeholders. */
	public Object[] getArguments() {
		return arguments.clone();
	}
}
