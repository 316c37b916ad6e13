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
	private LocalDate interviewStart;
	private LocalDate interviewEnd;
	private LocalDate finalStart;
	private LocalDate finalEnd;

	protected EvaluationPeriod() {
	}

	EvaluationPeriod(Evaluations.NewPeriod p) {
		change(p);
	}

	/** Takes every value of {@code p}; the caller checked the rules ({@link PeriodRules}). */
	void change(Evaluations.NewPeriod p) {
		this.year = p.year();
		this.name = p.name();
		this.instrumentId = p.instrumentId();
		this.selfAssessmentStart = p.selfStart();
		this.selfAssessmentEnd = p.selfEnd();
		this.reviewStart = p.reviewStart();
		this.reviewEnd = p.reviewEnd();
		this.interviewStart = p.interviewStart();
		this.interviewEnd = p.interviewEnd();
		this.finalStart = p.finalStart();
		this.finalEnd = p.finalEnd();
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

	LocalDate getInterviewStart() {
		return interviewStart;
	}

	LocalDate getInterviewEnd() {
		return interviewEnd;
	}

	LocalDate getFinalStart() {
		return finalStart;
	}

	LocalDate getFinalEnd() {
		return finalEnd;
	}
}
