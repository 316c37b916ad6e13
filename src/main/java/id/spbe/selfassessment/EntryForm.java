package id.spbe.selfassessment;

import id.spbe.common.Forms;
import java.io.Serializable;
import org.springframework.validation.Errors;

/**
 * The indicator form as typed: level, justification and the version the user started from.
 * Kept apart from the entity, and as text, so that a refused save shows exactly what the user
 * typed, even a level that is no number.
 */
class EntryForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String level;
	private String justification;
	private String version;

	EntryForm() {
	}

	EntryForm(String level, String justification, long version) {
		this.level = level;
		this.justification = justification;
		this.version = String.valueOf(version);
	}

	/** The change to save; a malformed level or version becomes an error of its field. */
	SelfAssessmentService.EntryChange change(Errors errors) {
		return new SelfAssessmentService.EntryChange(Forms.value(errors, "level", level), justification,
				Forms.whole(errors, "version", version));
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}
}
