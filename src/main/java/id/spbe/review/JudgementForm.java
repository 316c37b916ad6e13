package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.evidence.ReviewStatus;
import java.io.Serializable;
import org.springframework.validation.Errors;

/**
 * A judgement as typed on the side-by-side page: the status and note given to one evidence item
 * used for the indicator (the instrument's evidence items are judged together, {@link ItemsForm}).
 * The page has one such form per evidence item, so a refused form says which item it was for, and
 * the page shows the refusal and the typed note at that item only.
 */
class JudgementForm implements Serializable {

	private Long evidenceId;
	private String status;
	private String note;

	/** The judgement this form asks for; a status that is no status becomes an error of its field. */
	Judgements.Judgement toJudgement(Errors errors) {
		return new Judgements.Judgement(Forms.choice(errors, "status", ReviewStatus.class, status), note);
	}

	/** Marks the form as sent for evidence item {@code id}; from the address, never from the form's fields. */
	void forEvidence(long id) {
		evidenceId = id;
	}

	/** True when this form was sent for the evidence item {@code id} used for the indicator. */
	public boolean isFor(long id) {
		return evidenceId != null && evidenceId == id;
	}

	/** True when the form chose {@code choice} (the select shows the typed choice again). */
	public boolean chose(ReviewStatus choice) {
		return choice.name().equals(status);
	}

	public String getStatus() {
		return status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
