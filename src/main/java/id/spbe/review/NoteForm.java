package id.spbe.review;

import id.spbe.common.Forms;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.validation.Errors;

/** A per-indicator note of an interview session as typed: the indicator, an optional level and the note. */
class NoteForm implements Serializable {

	private String number;
	private String level;
	private String note;

	/** The indicator chosen, or null with an error on its field when none is or it is no number. */
	Integer indicator(Errors errors) {
		if (number == null || number.isBlank()) {
			errors.rejectValue("number", "interview.error.noIndicator");
			return null;
		}
		List<Integer> chosen = Forms.integers(errors, "number", List.of(number));
		return chosen.isEmpty() ? null : chosen.get(0);
	}

	/** The level typed, null when none (the interview level then stays) or when it is no number (an error). */
	BigDecimal level(Errors errors) {
		return Forms.decimal(errors, "level", level);
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
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
