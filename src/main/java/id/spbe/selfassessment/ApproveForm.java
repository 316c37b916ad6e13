package id.spbe.selfassessment;

import id.spbe.common.Forms;
import java.io.Serializable;
import org.springframework.validation.Errors;

/** The coordinator's approval: the entry version they saw, so an entry changed since is not approved unseen. */
class ApproveForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private String version;

	/** The version seen, null when the form did not say (then any version is approved). */
	Long seenVersion(Errors errors) {
		return Forms.whole(errors, "version", version);
	}

	public String getVersion() {
		return version;
	}

	public void setVersion(String version) {
		this.version = version;
	}
}
