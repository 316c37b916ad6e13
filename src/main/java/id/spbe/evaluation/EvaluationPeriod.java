package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A periode evaluasi: one year's evaluation on one instrument version, with stage windows. */
@Entity
@Table(name = "evaluation_period")
class EvaluationPeriod {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private int year;
	private String name;
	private long instrumentId;
	private LocalDate selfAssessmentStart;
	private LocalDate selfAssessmentEnd;
	private LocalDate reviewStart;
	private LocalDate reviewEnd;

	protected EvaluationPeriod() {
	}

	EvaluationPeriod(int year, String name, long instrumentId, LocalDate selfAssessmentStart,
			LocalDate selfAssessmentEnd, LocalDate reviewStart, LocalDate reviewEnd) {
		this.year = year;
		this.name = name;
		this.instrumentId = instrumentId;
		this.selfAssessmentStart = selfAssessmentStart;
		this.selfAssessmentEnd = selfAssessmentEnd;
		this.reviewStart = reviewStart;
		this.reviewEnd = reviewEnd;
	}

	public Long getId() {
		return id;
	}

	public int getYear() {
		return year;
	}

	public String getName() {
		return name;
	}

	/** Id of the instrument version used by every evaluation of the period. */
	public long getInstrumentId() {
		return instrumentId;
	}

	public LocalDate getSelfAssessmentStart() {
		return selfAssessmentStart;
	}

	public LocalDate getSelfAssessmentEnd() {
		return selfAssessmentEnd;
	}

	public LocalDate getReviewStart() {
		return reviewStart;
	}

	public LocalDate getReviewEnd() {
		return reviewEnd;
	}
}
