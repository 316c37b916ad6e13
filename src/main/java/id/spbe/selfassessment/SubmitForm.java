package id.spbe.selfassessment;

import java.io.Serializable;

/** The coordinator's submission with its covering note, kept as typed when the submission is refused. */
class SubmitForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String note;

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
