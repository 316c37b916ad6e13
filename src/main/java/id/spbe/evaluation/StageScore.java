package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The value of one indicator at one stage, with who set it and when. */
@Entity
@Table(name = "stage_score")
class StageScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "assessment_id")
	private IndicatorAssessment assessment;
	@Enumerated(EnumType.STRING)
	private Stage stage;
	private BigDecimal value;
	private String note;
	private Long setBy;
	private Instant setAt;

	protected StageScore() {
	}

	StageScore(IndicatorAssessment assessment, Stage stage) {
		this.assessment = assessment;
		this.stage = stage;
	}

	Stage stage() {
		return stage;
	}

	BigDecimal value() {
		return value;
	}

	String note() {
		return note;
	}

	void set(BigDecimal value, long by, Instant at) {
		this.value = value;
		this.setBy = by;
		this.setAt = at;
	}

	/** A value from another national index: who entered it, or nobody for the default. */
	void setExternal(BigDecimal value, Long by, Instant at) {
		this.value = value;
		this.setBy = by;
		this.setAt = by == null ? null : at;
	}

	void setNote(String note, long by, Instant at) {
		this.note = note;
		this.setBy = by;
		this.setAt = at;
	}

	StageValue toView() {
		return new StageValue(stage, value, note, setBy, setAt);
	}
}
