package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import org.springframework.web.multipart.MultipartFile;

/** The browser's file name of an upload; a name the container refuses (e.g. with a NUL) becomes a clear message. */
final class UploadNames {

	private UploadNames() {
	}

	/** True when the form was sent without choosing a file. */
	static boolean noneChosen(MultipartFile file) {
		return file == null || file.isEmpty() && of(file).isEmpty();
	}

	static String of(MultipartFile file) {
		try {
			return file.getOriginalFilename();
		}
		catch (RuntimeException e) {
			throw RuleViolationException.badInput("evidence.error.badName");
		}
	}
}
