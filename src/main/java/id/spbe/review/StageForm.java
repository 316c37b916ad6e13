package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Stage;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The stage form of the side-by-side page, as typed: the level, note and (final stage)
 * recommendation, with the stage the form was made for and the number of history entries it was
 * made with, so a save after a colleague's or after the stage moved on is refused, not applied.
 */
class StageForm extends LevelNoteFields {

	private String stage;
	private String recommendation;
	private String next;
	private String seen;

	/** The form for the working stage as stored: the level shown there, its note and the recommendation. */
	static StageForm of(Stage stage, String level, String note, String recommendation) {
		StageForm f = new StageForm();
		f.stage = stage.name();
		f.setLevel(level);
		f.setNote(note);
		f.recommendation = recommendation;
		return f;
	}

	/**
	 * The save this form asks for; what does not parse becomes an error of its field. A note or
	 * recommendation the form did not send keeps its stored value: only a hand-made request leaves
	 * them out, and leaving out is not clearing.
	 */
	ReviewService.StageSave toSave(Errors errors, AssessmentView stored) {
		Stage expected = Forms.choice(errors, "stage", Stage.class, stage);
		if (expected == null && !errors.hasFieldErrors("stage")) {
			errors.reject("review.error.noStage");
		}
		BigDecimal value = level(errors);
		List<Integer> seenChanges = seen == null || seen.isBlank() ? List.of()
				: Forms.integers(errors, "seen", List.of(seen));
		return new ReviewService.StageSave(expected, value,
				getNote() != null || expected == null ? getNote() : stored.noteAt(expected),
				recommendation != null ? recommendation : stored.recommendation(),
				seenChanges.isEmpty() ? null : seenChanges.get(0));
	}

	/** True when the assessor asked to go on to the next indicator after saving. */
	boolean goesNext() {
		return next != null && !next.isBlank();
	}

	public String getStage() {
		return stage;
	}

	public void setStage(String stage) {
		this.stage = stage;
	}

	public String getRecommendation() {
		return recommendation;
	}

	public void setRecommendation(String recommendation) {
		this.recommendation = recommendation;
	}

	public String getNext() {
		return next;
	}

	public void setNext(String next) {
		this.next = next;
	}

	public String getSeen() {
		return seen;
	}

	public void setSeen(String seen) {
		this.seen = seen;
	}
}
