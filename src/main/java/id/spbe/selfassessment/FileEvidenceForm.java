package id.spbe.selfassessment;

import id.spbe.evidence.EvidenceUploads;
import org.springframework.validation.Errors;

/**
 * The upload form's fields besides the file itself, which a browser cannot be given back: a refused
 * upload keeps the levels, title and note typed.
 */
class FileEvidenceForm extends EvidenceFields {

	private static final long serialVersionUID = 1L;

	/** The upload request for this file; malformed levels become an error of their field. */
	EvidenceUploads.FileRequest request(Errors errors, EvidenceUploads.Upload upload) {
		return new EvidenceUploads.FileRequest(upload, getTitle(), levels(errors), items(), getNote());
	}
}
