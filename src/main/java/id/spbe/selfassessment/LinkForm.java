package id.spbe.selfassessment;

import id.spbe.common.Forms;
import id.spbe.evidence.EvidenceService;
import org.springframework.validation.Errors;

/** The link form as typed: the address, the day it was accessed, levels, title and note. */
class LinkForm extends EvidenceFields {

	private static final long serialVersionUID = 1L;

	private String url;
	private String accessedOn;

	/** The link to add; a malformed date or level becomes an error of its field. */
	EvidenceService.LinkRequest request(Errors errors) {
		return new EvidenceService.LinkRequest(url, Forms.date(errors, "accessedOn", accessedOn), getTitle(),
				levels(errors), items(), getNote());
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getAccessedOn() {
		return accessedOn;
	}

	public void setAccessedOn(String accessedOn) {
		this.accessedOn = accessedOn;
	}
}
