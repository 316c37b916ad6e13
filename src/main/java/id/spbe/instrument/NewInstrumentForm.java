package id.spbe.instrument;

import java.io.Serializable;
import org.springframework.validation.Errors;

/** The list page's "new empty instrument" form as typed: code, names, regulation, values and scale. */
class NewInstrumentForm implements Serializable {

	private String code;
	private String nameId;
	private String nameEn;
	private String regulation;
	private String fractionalValues;
	private String scaleMin = "1";
	private String scaleMax = "5";

	/** The new instrument's header; parse errors go to their fields. */
	InstrumentVersions.NewInstrument toNew(Errors errors) {
		return new InstrumentVersions.NewInstrument(EditorInput.line(errors, "code", code),
				EditorInput.lines(errors, "name", nameId, nameEn), EditorInput.line(errors, "regulation", regulation),
				EditorInput.ticked(fractionalValues), EditorInput.decimal(errors, "scaleMin", scaleMin),
				EditorInput.decimal(errors, "scaleMax", scaleMax));
	}

	public String getCode() { return code; }
	public void setCode(String v) { this.code = v; }
	public String getNameId() { return nameId; }
	public void setNameId(String v) { this.nameId = v; }
	public String getNameEn() { return nameEn; }
	public void setNameEn(String v) { this.nameEn = v; }
	public String getRegulation() { return regulation; }
	public void setRegulation(String v) { this.regulation = v; }
	public String getFractionalValues() { return fractionalValues; }
	public void setFractionalValues(String v) { this.fractionalValues = v; }
	public String getScaleMin() { return scaleMin; }
	public void setScaleMin(String v) { this.scaleMin = v; }
	public String getScaleMax() { return scaleMax; }
	public void setScaleMax(String v) { this.scaleMax = v; }
}
