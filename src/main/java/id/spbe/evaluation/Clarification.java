package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Indicators an assessor sent back to the agency, with a message and a deadline; closed on hand-back or resume. */
@Entity
@Table(name = "clarification")
class Clarification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private String indicators;
	private String message;
	private LocalDate deadline;
	private long requestedBy;
	private Instant requestedAt;
	private Long closedBy;
	private Instant closedAt;
	private String answer;

	protected Clarification() {
	}

	Clarification(long evaluationId, List<Integer> numbers, String message, LocalDate deadline, long requestedBy,
			Instant requestedAt) {
		this.evaluationId = evaluationId;
		this.indicators = numbers.stream().map(String::valueOf).collect(Collectors.joining(","));
		this.message = message;
		this.deadline = deadline;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void close(long by, Instant at, String answer) {
		this.closedBy = by;
		this.closedAt = at;
		this.answer = answer;
	}

	ClarificationView toView() {
		List<Integer> numbers = Arrays.stream(indicators.split(",")).map(Integer::valueOf).toList();
		return new ClarificationView(id, evaluationId, numbers, message, deadline, requestedBy, requestedAt, closedBy,
				closedAt, answer);
	}
}
