package id.spbe.selfassessment;

import java.io.Serializable;

/**
 * Removing an evidence item or uploading a new version of it: nothing is typed (a file cannot be
 * given back), but the refusal is shown beside the item it was about.
 */
class EvidenceItemForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String evidenceId;

	EvidenceItemForm() {
	}

	EvidenceItemForm(long evidenceId) {
		this.evidenceId = String.valueOf(evidenceId);
	}

	/** True when this form was about the evidence item {@code id}. */
	public boolean isAbout(long id) {
		return String.valueOf(id).equals(evidenceId);
	}

	public String getEvidenceId() {
		return evidenceId;
	}

	public void setEvidenceId(String evidenceId) {
		this.evidenceId = evidenceId;
	}
}
