package id.spbe.selfassessment;

import java.io.Serializable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The worksheet import: the Excel file, and after a refusal the errors by row and column as errors
 * of the whole form. The file is not kept: a browser cannot be given it back, and the form travels
 * in the session after a refusal.
 */
class ImportForm implements Serializable {

	private static final long serialVersionUID = 1L;

	private transient MultipartFile file;

	public MultipartFile getFile() {
		return file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}
}
