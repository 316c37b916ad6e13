package id.spbe.instrument;

import java.io.Serializable;
import java.util.List;
import org.springframework.validation.Errors;

/** The compare page's choice of two versions, as sent in the query; blank ones take sensible defaults. */
class CompareForm implements Serializable {

	private String from;
	private String to;

	/**
	 * The two versions to compare: as chosen, or by default the newest version ({@code to}) against
	 * the newest published one before it ({@code from}). Null with a field error when a chosen one
	 * is malformed or not a version of the instrument.
	 */
	int[] choose(Errors errors, List<InstrumentVersionViews.VersionRow> rows) {
		Integer t = chosen(errors, "to", to, rows);
		if (t == null && !errors.hasFieldErrors("to")) {
			t = rows.get(0).version();
		}
		Integer f = chosen(errors, "from", from, rows);
		if (f == null && !errors.hasFieldErrors("from") && t != null) {
			int newest = t;
			f = rows.stream().filter(r -> r.version() != newest && r.status() != InstrumentStatus.DRAFT).map(r -> r.version())
					.findFirst().orElse(rows.get(rows.size() - 1).version());
		}
		if (errors.hasErrors() || f == null || t == null) {
			return null;
		}
		from = String.valueOf(f);
		to = String.valueOf(t);
		return new int[] { f, t };
	}

	private static Integer chosen(Errors errors, String field, String typed, List<InstrumentVersionViews.VersionRow> rows) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		int v = EditorInput.whole(errors, field, typed);
		if (!errors.hasFieldErrors(field) && rows.stream().noneMatch(r -> r.version() == v)) {
			errors.rejectValue(field, "instrumentEdit.error.noSuchVersion", new Object[] { v }, null);
		}
		return errors.hasFieldErrors(field) ? null : v;
	}

	public String getFrom() { return from; }
	public void setFrom(String v) { this.from = v; }
	public String getTo() { return to; }
	public void setTo(String v) { this.to = v; }
}
