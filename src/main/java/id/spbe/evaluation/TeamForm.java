package id.spbe.evaluation;

import id.spbe.common.Forms;
import java.io.Serializable;
import java.util.List;
import org.springframework.validation.Errors;

/** The administrator's team form as sent: the assessor chosen and whether they lead ("true" when ticked). */
class TeamForm implements Serializable {

	private String assessorId;
	private String lead;

	/** The chosen assessor's id, or null with an error on the field when none is chosen or it is no number. */
	Long assessor(Errors errors) {
		if (assessorId == null || assessorId.isBlank()) {
			errors.rejectValue("assessorId", "team.error.notAnAssessor");
			return null;
		}
		List<Integer> chosen = Forms.integers(errors, "assessorId", List.of(assessorId));
		return chosen.isEmpty() ? null : chosen.get(0).longValue();
	}

	/** True when the assessor is to lead the team. */
	boolean asLead() {
		return "true".equals(lead);
	}

	public String getAssessorId() {
		return assessorId;
	}

	public void setAssessorId(String assessorId) {
		this.assessorId = assessorId;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}
}
