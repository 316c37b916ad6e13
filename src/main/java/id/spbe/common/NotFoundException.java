package id.spbe.common;

/**
 * Something that does not exist, or that the caller may not know exists (another agency's
 * evaluation or evidence): both answer 404 so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found or not visible");
	}
}
