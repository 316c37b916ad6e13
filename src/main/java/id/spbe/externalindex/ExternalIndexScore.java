package id.spbe.externalindex;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The score of another national index entered for one evaluation and indicator. */
@Entity
@Table(name = "external_index_score")
class ExternalIndexScore {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private int indicatorNumber;
	private BigDecimal score;
	private BigDecimal convertedValue;
	private String source;
	private LocalDate scoreDate;
	private long enteredBy;
	private Instant enteredAt;

	protected ExternalIndexScore() {
	}

	ExternalIndexScore(long evaluationId, int indicatorNumber) {
		this.evaluationId = evaluationId;
		this.indicatorNumber = indicatorNumber;
	}

	void set(ScoreRules.Checked checked, long by, Instant at) {
		this.score = checked.score();
		this.convertedValue = checked.value();
		this.source = checked.source();
		this.scoreDate = checked.date();
		this.enteredBy = by;
		this.enteredAt = at;
	}

	long getEvaluationId() {
		return evaluationId;
	}

	int getIndicatorNumber() {
		return indicatorNumber;
	}

	BigDecimal getScore() {
		return score;
	}

	BigDecimal getConvertedValue() {
		return convertedValue;
	}

	String getSource() {
		return source;
	}

	LocalDate getScoreDate() {
		return scoreDate;
	}

	long getEnteredBy() {
		return enteredBy;
	}

	Instant getEnteredAt() {
		return enteredAt;
	}
}
