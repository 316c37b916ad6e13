package id.spbe.review;

import id.spbe.common.Forms;
import java.util.List;
import org.springframework.validation.Errors;

/** A per-indicator note of an interview session as typed: the indicator, an optional level and the note. */
class NoteForm extends LevelNoteFields {

	private String number;

	/** The indicator chosen, or null with an error on its field when none is or it is no number. */
	Integer indicator(Errors errors) {
		if (number == null || number.isBlank()) {
			errors.rejectValue("number", "interview.error.noIndicator");
			return null;
		}
		List<Integer> chosen = Forms.integers(errors, "number", List.of(number));
		return chosen.isEmpty() ? null : chosen.get(0);
	}

	public String getNumber() {
		return number;
	}

	public void setNumber(String number) {
		this.number = number;
	}
}
