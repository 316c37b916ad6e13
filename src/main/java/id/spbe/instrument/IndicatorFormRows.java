package id.spbe.instrument;

import java.io.Serializable;

/**
 * The repeated rows of {@link IndicatorForm}: a level's criterion and evidence expected, an
 * evidence item, a conversion band. Each keeps what was typed as text, so a refused save shows it
 * again; a row marked for removal, or left blank, is dropped when the form is read. Fields are
 * package-private because {@link IndicatorForm} reads and fills them directly.
 */
final class IndicatorFormRows {

	private IndicatorFormRows() {
	}

	/** Criterion and evidence expected of one level. */
	public static class LevelRow implements Serializable {
		String level;
		String criterionId;
		String criterionEn;
		String evidenceId;
		String evidenceEn;

		public String getLevel() { return level; }
		public void setLevel(String level) { this.level = level; }
		public String getCriterionId() { return criterionId; }
		public void setCriterionId(String v) { this.criterionId = v; }
		public String getCriterionEn() { return criterionEn; }
		public void setCriterionEn(String v) { this.criterionEn = v; }
		public String getEvidenceId() { return evidenceId; }
		public void setEvidenceId(String v) { this.evidenceId = v; }
		public String getEvidenceEn() { return evidenceEn; }
		public void setEvidenceEn(String v) { this.evidenceEn = v; }
	}

	/** One evidence item, e.g. I4-L2-01. */
	public static class ItemRow implements Serializable {
		String code;
		String level;
		String descriptionId;
		String descriptionEn;
		String order;
		String remove;

		boolean isBlank() {
			return blank(code) && blank(descriptionId) && blank(descriptionEn);
		}

		public String getCode() { return code; }
		public void setCode(String v) { this.code = v; }
		public String getLevel() { return level; }
		public void setLevel(String v) { this.level = v; }
		public String getDescriptionId() { return descriptionId; }
		public void setDescriptionId(String v) { this.descriptionId = v; }
		public String getDescriptionEn() { return descriptionEn; }
		public void setDescriptionEn(String v) { this.descriptionEn = v; }
		public String getOrder() { return order; }
		public void setOrder(String v) { this.order = v; }
		public String getRemove() { return remove; }
		public void setRemove(String v) { this.remove = v; }
	}

	/** One conversion band: the other index's {@code from..to} onto {@code valueFrom..valueTo}. */
	public static class BandRow implements Serializable {
		String from;
		String to;
		String valueFrom;
		String valueTo;
		String remove;

		boolean isBlank() {
			return blank(from) && blank(to) && blank(valueFrom) && blank(valueTo);
		}

		public String getFrom() { return from; }
		public void setFrom(String v) { this.from = v; }
		public String getTo() { return to; }
		public void setTo(String v) { this.to = v; }
		public String getValueFrom() { return valueFrom; }
		public void setValueFrom(String v) { this.valueFrom = v; }
		public String getValueTo() { return valueTo; }
		public void setValueTo(String v) { this.valueTo = v; }
		public String getRemove() { return remove; }
		public void setRemove(String v) { this.remove = v; }
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
