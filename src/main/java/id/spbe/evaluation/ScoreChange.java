package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a stage's level, note or recommendation, or of the agency's justification. Append-only. */
@Entity
@Table(name = "score_change")
class ScoreChange {

	/** Which value changed. */
	enum Field {
		LEVEL, NOTE, RECOMMENDATION, JUSTIFICATION
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long assessmentId;
	@Enumerated(EnumType.STRING)
	private Stage stage;
	@Enumerated(EnumType.STRING)
	private Field field;
	private String oldValue;
	private String newValue;
	private long changedBy;
	private Instant changedAt;

	protected ScoreChange() {
	}

	ScoreChange(long assessmentId, Stage stage, Field field, String oldValue, String newValue, long changedBy,
			Instant changedAt) {
		this.assessmentId = assessmentId;
		this.stage = stage;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	boolean isLevel() {
		return field == Field.LEVEL;
	}

	/** The change in a line for the audit log, e.g. {@code DOCUMENT_REVIEW: 2 -> 3} (an empty side is "-"). */
	String summary() {
		return stage + ": " + (oldValue == null ? "-" : oldValue) + " -> " + (newValue == null ? "-" : newValue);
	}

	ChangeView toView() {
		return new ChangeView(stage, field.name(), oldValue, newValue, changedBy, changedAt);
	}
}
