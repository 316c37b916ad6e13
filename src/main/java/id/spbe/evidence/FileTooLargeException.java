package id.spbe.evidence;

import java.io.IOException;

/** The uploaded content is larger than the configured limit. */
public class FileTooLargeException extends IOException {

	FileTooLargeException(long maxBytes) {
		super("File larger than " + maxBytes + " bytes");
	}
}
