package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an evaluation's assessor team: who changed whom, when, how. Append-only. */
@Entity
@Table(name = "team_change")
class TeamChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private Instant at;
	private long actorId;
	private long assessorId;
	@Enumerated(EnumType.STRING)
	private TeamChangeView.Kind kind;

	protected TeamChange() {
	}

	TeamChange(long evaluationId, Instant at, long actorId, long assessorId, TeamChangeView.Kind kind) {
		this.evaluationId = evaluationId;
		this.at = at;
		this.actorId = actorId;
		this.assessorId = assessorId;
		this.kind = kind;
	}

	TeamChangeView toView() {
		return new TeamChangeView(at, actorId, assessorId, kind);
	}
}
