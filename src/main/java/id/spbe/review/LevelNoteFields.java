package id.spbe.review;

import id.spbe.common.Forms;
import java.io.Serializable;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/** The level and note typed on an assessor's form (stage form, interview note), kept as text. */
abstract class LevelNoteFields implements Serializable {

	private String level;
	private String note;

	/** The level typed, null when blank or when it is no number (then the field has an error). */
	BigDecimal level(Errors errors) {
		return Forms.value(errors, "level", level);
	}

	public String getLevel() {
		return level;
	}

	public void setLevel(String level) {
		this.level = level;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
