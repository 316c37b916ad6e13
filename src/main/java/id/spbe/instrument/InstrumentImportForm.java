package id.spbe.instrument;

import java.io.Serializable;
import org.springframework.web.multipart.MultipartFile;

/** The list page's import form: one YAML or Excel file of an instrument version. */
class InstrumentImportForm implements Serializable {

	private transient MultipartFile file;

	public MultipartFile getFile() { return file; }
	public void setFile(MultipartFile v) { this.file = v; }
}
