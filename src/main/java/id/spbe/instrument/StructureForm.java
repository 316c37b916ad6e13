package id.spbe.instrument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * The structure page's form as typed: one row per domain, aspect and indicator (key, parent,
 * code or number, names in both languages, weight, order, remove), plus one blank row of each to
 * add. Rows are sorted by their order number, so typing 15 puts a row between 10 and 20. Kept as
 * text, so a refused form comes back as typed.
 */
class StructureForm implements Serializable {

	/** Key of the blank row that adds a domain, aspect or indicator. */
	static final String NEW = "new";

	private String lock;
	private String sumParents;
	private List<Row> domains = new ArrayList<>();
	private List<Row> aspects = new ArrayList<>();
	private List<Row> indicators = new ArrayList<>();

	/** One row; {@code parent} is the domain key of an aspect, the aspect key of an indicator. */
	public static class Row implements Serializable {
		private String key;
		private String parent;
		private String code;
		private String nameId;
		private String nameEn;
		private String weight;
		private String order;
		private String remove;

		public Row() {
		}

		Row(String key, String parent, String code, Text name, String weight, int order) {
			this.key = key;
			this.parent = parent;
			this.code = code;
			this.nameId = EditorInput.id(name);
			this.nameEn = EditorInput.en(name);
			this.weight = weight;
			this.order = String.valueOf(order);
		}

		boolean isNew() {
			return key == null || key.startsWith(NEW);
		}

		boolean isBlank() {
			return blank(code) && blank(nameId) && blank(nameEn) && blank(weight);
		}

		public String getKey() { return key; }
		public void setKey(String key) { this.key = key; }
		public String getParent() { return parent; }
		public void setParent(String parent) { this.parent = parent; }
		public String getCode() { return code; }
		public void setCode(String code) { this.code = code; }
		public String getNameId() { return nameId; }
		public void setNameId(String nameId) { this.nameId = nameId; }
		public String getNameEn() { return nameEn; }
		public void setNameEn(String nameEn) { this.nameEn = nameEn; }
		public String getWeight() { return weight; }
		public void setWeight(String weight) { this.weight = weight; }
		public String getOrder() { return order; }
		public void setOrder(String order) { this.order = order; }
		public String getRemove() { return remove; }
		public void setRemove(String remove) { this.remove = remove; }
	}

	/** The form showing {@code d} as stored, with a blank row of each kind to add. */
	static StructureForm of(InstrumentDefinition d, long lock) {
		StructureForm form = new StructureForm();
		form.lock = String.valueOf(lock);
		DraftStructure s = DraftStructure.of(d);
		int o = 0;
		for (DraftStructure.DomainRow r : s.domains()) {
			form.domains.add(new Row(r.key(), null, r.code(), r.name(), EditorInput.plain(r.weight()), o += 10));
		}
		form.domains.add(new Row(NEW + "-d", null, "", null, "", o + 10));
		o = 0;
		for (DraftStructure.AspectRow r : s.aspects()) {
			form.aspects.add(new Row(r.key(), r.domainKey(), r.code(), r.name(), EditorInput.plain(r.weight()), o += 10));
		}
		form.aspects.add(new Row(NEW + "-a", null, "", null, "", o + 10));
		o = 0;
		for (DraftStructure.IndicatorRow r : s.indicators()) {
			form.indicators.add(new Row(r.key(), r.aspectKey(), String.valueOf(r.number()), r.name(),
					EditorInput.plain(r.weight()), o += 10));
		}
		form.indicators.add(new Row(NEW + "-i", null, "", null, "", o + 10));
		return form;
	}

	/** The structure typed; parse errors go to their fields (then the result is not to be stored). */
	DraftStructure toStructure(Errors errors) {
		List<DraftStructure.DomainRow> d = new ArrayList<>();
		for (Indexed r : kept(errors, "domains", domains)) {
			d.add(new DraftStructure.DomainRow(r.row.key, r.line(errors, "code", r.row.code),
					EditorInput.lines(errors, r.path + "name", r.row.nameId, r.row.nameEn), r.weight(errors)));
		}
		List<DraftStructure.AspectRow> a = new ArrayList<>();
		for (Indexed r : kept(errors, "aspects", aspects)) {
			a.add(new DraftStructure.AspectRow(r.row.key, blank(r.row.parent) ? null : r.row.parent,
					r.line(errors, "code", r.row.code), EditorInput.lines(errors, r.path + "name", r.row.nameId, r.row.nameEn),
					r.weight(errors)));
		}
		List<DraftStructure.IndicatorRow> i = new ArrayList<>();
		for (Indexed r : kept(errors, "indicators", indicators)) {
			i.add(new DraftStructure.IndicatorRow(r.row.isNew() ? null : r.row.key, r.row.parent,
					EditorInput.whole(errors, r.path + "code", r.row.code),
					EditorInput.lines(errors, r.path + "name", r.row.nameId, r.row.nameEn), r.weight(errors)));
		}
		return new DraftStructure(d, a, i);
	}

	/** The lock value the page was shown with, null when missing or malformed. */
	Long lockValue(Errors errors) {
		return id.spbe.common.Forms.whole(errors, "lock", lock);
	}

	boolean sumsParents() {
		return EditorInput.ticked(sumParents);
	}

	/** A row with its index in the form (for field paths) and its order. */
	private record Indexed(Row row, String path, int order, int index) {
		String line(Errors errors, String field, String typed) {
			return EditorInput.line(errors, path + field, typed);
		}

		java.math.BigDecimal weight(Errors errors) {
			return EditorInput.decimal(errors, path + "weight", row.weight);
		}
	}

	// rows not ticked for removal and not left blank, sorted by their order number
	private static List<Indexed> kept(Errors errors, String list, List<Row> rows) {
		List<Indexed> kept = new ArrayList<>();
		for (int n = 0; n < rows.size(); n++) {
			Row row = rows.get(n);
			if (row == null || EditorInput.ticked(row.remove) || row.isNew() && row.isBlank()) {
				continue;
			}
			String path = list + "[" + n + "].";
			kept.add(new Indexed(row, path, EditorInput.order(errors, path + "order", row.order, (n + 1) * 10), n));
		}
		kept.sort(Comparator.comparingInt(Indexed::order).thenComparingInt(Indexed::index));
		return kept;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getLock() { return lock; }
	public void setLock(String lock) { this.lock = lock; }
	public String getSumParents() { return sumParents; }
	public void setSumParents(String sumParents) { this.sumParents = sumParents; }
	public List<Row> getDomains() { return domains; }
	public void setDomains(List<Row> domains) { this.domains = domains; }
	public List<Row> getAspects() { return aspects; }
	public void setAspects(List<Row> aspects) { this.aspects = aspects; }
	public List<Row> getIndicators() { return indicators; }
	public void setIndicators(List<Row> indicators) { this.indicators = indicators; }
}
