package id.spbe.review;

import id.spbe.common.Forms;
import id.spbe.evidence.ReviewStatus;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * The judgements of all evidence items of an indicator as typed on the assessors' page, one row
 * per item (code, status, reason, note), saved together. A refused save comes back with every row
 * as typed and the errors beside the row they are about.
 */
class ItemsForm implements Serializable {

	private static final long serialVersionUID = 1L;

	/** More rows than any indicator has items is a tampered form, refused before anything else. */
	static final int MAX_ROWS = 100;

	private List<Row> rows = new ArrayList<>();

	/** One item's row as typed. */
	public static class Row implements Serializable {

		private static final long serialVersionUID = 1L;

		private String code;
		private String status;
		private String reason;
		private String note;
		private String shown;

		/** True when the row was sent as the page showed it (see {@link ItemBoard.Line#shown}). */
		boolean unchanged() {
			return shown != null && shown.equals(stamp(status, reason, note));
		}

		public String getShown() {
			return shown;
		}

		public void setShown(String shown) {
			this.shown = shown;
		}

		/** True when the row chose {@code choice}. */
		public boolean chose(ReviewStatus choice) {
			return choice.name().equals(status);
		}

		/** True when the row chose {@code choice} as the reason. */
		public boolean choseReason(RevisionReason choice) {
			return choice.name().equals(reason);
		}

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

		public String getStatus() {
			return status;
		}

		public void setStatus(String status) {
			this.status = status;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}

	/** One row's status, reason and note as one text, to tell whether it was changed. */
	static String stamp(String status, String reason, String note) {
		return (status == null ? "" : status) + "|" + (reason == null ? "" : reason) + "|" + (note == null ? "" : note);
	}

	/** True when every row was sent as shown: a save with nothing to store. */
	boolean nothingChanged() {
		return !rows.isEmpty() && rows.stream().allMatch(Row::unchanged);
	}

	/**
	 * The judgements by code of the rows changed since shown (all rows of a form without what was
	 * shown); a status or reason that is none becomes an error of its row's field.
	 */
	Map<String, Judgements.ItemJudgement> toJudgements(Errors errors) {
		Map<String, Judgements.ItemJudgement> byCode = new LinkedHashMap<>();
		if (rows.size() > MAX_ROWS) {
			errors.reject("review.error.noItem");
			return byCode;
		}
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			ReviewStatus status = Forms.choice(errors, "rows[" + i + "].status", ReviewStatus.class, row.status);
			RevisionReason reason = Forms.choice(errors, "rows[" + i + "].reason", RevisionReason.class, row.reason);
			if (reason != null && reason.isAutomatic()) {
				errors.rejectValue("rows[" + i + "].reason", "review.error.itemReason", new Object[] {row.code, reason},
						"review.error.itemReason");
			}
			if (!row.unchanged()) {
				byCode.put(row.code, new Judgements.ItemJudgement(status, reason, row.note));
			}
		}
		return byCode;
	}

	/** The row typed for item {@code code}, if this form came back refused with one. */
	public Optional<Row> typed(String code) {
		return rows.stream().filter(r -> Objects.equals(r.code, code)).findFirst();
	}

	/** The index of the row typed for {@code code}, for its field errors; -1 without one. */
	public int indexOf(String code) {
		for (int i = 0; i < rows.size(); i++) {
			if (Objects.equals(rows.get(i).code, code)) {
				return i;
			}
		}
		return -1;
	}

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows == null ? new ArrayList<>() : rows;
	}
}
