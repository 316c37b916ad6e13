package id.spbe.instrument;

import java.io.Serializable;
import org.springframework.validation.Errors;

/**
 * The version actions of the list, editor and compare pages (copy, publish, retire, delete). Only
 * a copy sends a field, the version copied from; the others send nothing, and the form carries a
 * refusal back to the page.
 */
class VersionActionForm implements Serializable {

	private String from;

	/** The version to copy from, or 0 with an error on the field. */
	int fromVersion(Errors errors) {
		if (from == null || from.isBlank()) {
			errors.rejectValue("from", "instrumentEdit.error.chooseVersion");
			return 0;
		}
		return EditorInput.whole(errors, "from", from);
	}

	public String getFrom() { return from; }
	public void setFrom(String v) { this.from = v; }
}
