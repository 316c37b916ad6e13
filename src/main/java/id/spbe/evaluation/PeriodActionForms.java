package id.spbe.evaluation;

import java.io.Serializable;

/**
 * The small forms of a period's page, as typed: whom to enrol, a CSV upload (the file travels apart),
 * the period to copy teams from, a window extension.
 */
final class PeriodActionForms {

	private PeriodActionForms() {
	}

	/** Enrol every active agency ({@code scope} ALL) or those of a type and/or province (FILTER). */
	static class EnrolForm implements Serializable {

		private String scope;
		private String type;
		private String province;

		public String getScope() {
			return scope;
		}

		public void setScope(String scope) {
			this.scope = scope;
		}

		public String getType() {
			return type;
		}

		public void setType(String type) {
			this.type = type;
		}

		public String getProvince() {
			return province;
		}

		public void setProvince(String province) {
			this.province = province;
		}
	}

	/** A CSV upload: nothing is typed, but its refusals (per line) need a form to show on. */
	static class UploadForm implements Serializable {
	}

	/** The period whose teams are copied. */
	static class CopyForm implements Serializable {

		private String fromPeriodId;

		public String getFromPeriodId() {
			return fromPeriodId;
		}

		public void setFromPeriodId(String fromPeriodId) {
			this.fromPeriodId = fromPeriodId;
		}
	}

	/** The new last day of an agency's self-assessment window and why. */
	static class ExtensionForm implements Serializable {

		private String until;
		private String reason;

		public String getUntil() {
			return until;
		}

		public void setUntil(String until) {
			this.until = until;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}
}
