package id.spbe.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An external assessor on an evaluation's team; at most one member is the lead. */
@Entity
@Table(name = "assessor_assignment")
class AssessorAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;
	private long evaluationId;
	private long assessorId;
	private boolean lead;
	private long assignedBy;
	private Instant assignedAt;

	protected AssessorAssignment() {
	}

	AssessorAssignment(long evaluationId, long assessorId, boolean lead, long assignedBy, Instant assignedAt) {
		this.evaluationId = evaluationId;
		this.assessorId = assessorId;
		this.lead = lead;
		this.assignedBy = assignedBy;
		this.assignedAt = assignedAt;
	}

	long assessorId() {
		return assessorId;
	}

	boolean lead() {
		return lead;
	}

	void setLead(boolean lead) {
		this.lead = lead;
	}

	TeamMember toView() {
		return new TeamMember(assessorId, lead, assignedAt);
	}
}
