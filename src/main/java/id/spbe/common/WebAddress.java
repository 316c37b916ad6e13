package id.spbe.common;

import java.util.regex.Pattern;

/**
 * The one rule for web addresses users type (evidence links, interview meeting links): http or
 * https, a host, an optional port, no spaces. Unicode hosts and paths (https://例え.jp/パス) are
 * fine: browsers accept them.
 */
public final class WebAddress {

	/** Longest accepted address, in characters. */
	public static final int MAX_LENGTH = 2000;

	private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^\\s/?#@:]+(:[0-9]{1,5})?([/?#]\\S*)?");

	private WebAddress() {
	}

	/** True for an http(s) address within {@link #MAX_LENGTH} without control characters. */
	public static boolean isValid(String address) {
		return address != null && address.length() <= MAX_LENGTH && address.equals(Texts.clean(address))
				&& WEB_ADDRESS.matcher(address).matches();
	}
}
