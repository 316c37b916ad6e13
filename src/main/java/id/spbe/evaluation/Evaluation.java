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
import jakarta.persistence.Version;
import java.time.Instant;

/** One agency's evaluation in one period. */
@Entity
@Table(name = "evaluation")
class Evaluation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "period_id")
	private EvaluationPeriod period;
	private long agencyId;
	@Enumerated(EnumType.STRING)
	private EvaluationState state;
	@Version
	private long version;
	private Instant createdAt;
	private java.time.LocalDate windowExtendedUntil;

	protected Evaluation() {
	}

	Evaluation(EvaluationPeriod period, long agencyId, Instant createdAt) {
		this.period = period;
		this.agencyId = agencyId;
		this.state = EvaluationState.SELF_ASSESSMENT;
		this.createdAt = createdAt;
	}

	Long getId() {
		return id;
	}

	EvaluationPeriod getPeriod() {
		return period;
	}

	long getAgencyId() {
		return agencyId;
	}

	EvaluationState getState() {
		return state;
	}

	long getVersion() {
		return version;
	}

	/** The last day of the agency's self-assessment window moved for this evaluation, or null. */
	java.time.LocalDate getWindowExtendedUntil() {
		return windowExtendedUntil;
	}

	void extendWindow(java.time.LocalDate until) {
		this.windowExtendedUntil = until;
	}

	void moveTo(EvaluationState next) {
		this.state = next;
	}
}
