package id.spbe.selfassessment;

import java.io.Serializable;

/**
 * Removing an evidence item or uploading a new version of it: nothing is typed (a file cannot be
 * given back), but the refusal is shown beside the item it was about.
 */
class EvidenceItemForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String evidenceId;
	private java.util.List<String> items = new java.util.ArrayList<>();

	EvidenceItemForm() {
	}

	EvidenceItemForm(long evidenceId) {
		this.evidenceId = String.valueOf(evidenceId);
	}

	/** True when this form was about the evidence item {@code id}. */
	public boolean isAbout(long id) {
		return String.valueOf(id).equals(evidenceId);
	}

	/** The evidence items a new version answers (instruments with items); empty keeps what it answered. */
	public java.util.List<String> getItems() {
		return items;
	}

	public void setItems(java.util.List<String> items) {
		this.items = items == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(items);
	}

	public String getEvidenceId() {
		return evidenceId;
	}

	public void setEvidenceId(String evidenceId) {
		this.evidenceId = evidenceId;
	}
}
