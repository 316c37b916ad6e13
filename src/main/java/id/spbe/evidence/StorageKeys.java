package id.spbe.evidence;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one shape of a storage key, the same in every storage so that a backup of one restores into
 * the other: {@code xx/<uuid>}, the first two hex digits of a random UUID spreading files over 256
 * directories (or key prefixes). Never the user's file name.
 */
final class StorageKeys {

	private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f-]{36}");

	private StorageKeys() {
	}

	static String newKey() {
		String uuid = UUID.randomUUID().toString();
		return uuid.substring(0, 2) + "/" + uuid;
	}

	/** Returns {@code key} when it has the shape of a key, so that no caller can reach outside the store. */
	static String check(String key) {
		if (key == null || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("Not a storage key: " + key);
		}
		return key;
	}

	static boolean isKey(String key) {
		return KEY.matcher(key).matches();
	}
}
