package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded transition: who, when, from, to, note. Append-only. */
@Entity
@Table(name = "evaluation_event")
class EvaluationEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private Instant at;
	private long actorId;
	@Enumerated(EnumType.STRING)
	private EvaluationState fromState;
	@Enumerated(EnumType.STRING)
	private EvaluationState toState;
	@Enumerated(EnumType.STRING)
	private EvaluationAction action;
	private String note;

	protected EvaluationEvent() {
	}

	EvaluationEvent(long evaluationId, Instant at, long actorId, Workflow.Transition t, String note) {
		this.evaluationId = evaluationId;
		this.at = at;
		this.actorId = actorId;
		this.fromState = t.from();
		this.toState = t.to();
		this.action = t.action();
		this.note = note;
	}

	EventView toView() {
		return new EventView(at, actorId, fromState, toState, action, note);
	}
}
