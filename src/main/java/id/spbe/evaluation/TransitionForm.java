package id.spbe.evaluation;

import id.spbe.common.Forms;
import java.io.Serializable;
import org.springframework.validation.Errors;

/**
 * A workflow move as sent by a page: the action and its note (answer, reason) as typed. Public
 * because the pages that show it belong to other modules (the agency's overview, the review), which
 * add an empty one; a refused move comes back to them under the name {@code transitionForm}.
 */
public class TransitionForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String action;
	private String note;

	/** The action chosen; an unknown one becomes an error of the field, a missing one null. */
	EvaluationAction chosen(Errors errors) {
		return Forms.choice(errors, "action", EvaluationAction.class, action);
	}

	/** True when this form was sent for {@code candidate}, so its page puts what was typed back there. */
	public boolean isFor(EvaluationAction candidate) {
		return candidate != null && candidate.name().equals(action);
	}

	public String getAction() {
		return action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
