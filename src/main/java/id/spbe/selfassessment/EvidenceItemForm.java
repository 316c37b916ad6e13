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
	/** The page of the evidence list the form was sent from, to go back to it ({@link EvidencePage}). */
	private String evidencePage;

	EvidenceItemForm() {
	}

	EvidenceItemForm(long evidenceId) {
		this.evidenceId = String.valueOf(evidenceId);
	}

	/** The evidence this form was about, or null when none (a fresh form). */
	Long about() {
		try {
			return evidenceId == null || evidenceId.length() > 19 ? null : Long.valueOf(evidenceId);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** The query of the evidence list's page the form was sent from: "" for the first page. */
	String pageQuery() {
		int page = EvidencePage.parse(evidencePage);
		return page > 1 ? "?evidencePage=" + page : "";
	}

	public String getEvidencePage() {
		return evidencePage;
	}

	public void setEvidencePage(String evidencePage) {
		this.evidencePage = evidencePage;
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
