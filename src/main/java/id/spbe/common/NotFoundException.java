package id.spbe.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Something that does not exist, or that the caller may not know exists (another agency's
 * evaluation or evidence): both answer 404 so that ids cannot be probed.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found or not visible");
	}
}
