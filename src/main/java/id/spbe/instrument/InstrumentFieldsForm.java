package id.spbe.instrument;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The draft's first page as typed: names, regulation, values (fractional or whole levels), scale
 * bounds, the names of every level of every scale, and the predikat bands (with a blank band row
 * to add and a remove box on each).
 */
class InstrumentFieldsForm implements Serializable {

	private String lock;
	private String nameId;
	private String nameEn;
	private String regulation;
	private String fractionalValues;
	private String scaleMin;
	private String scaleMax;
	private String indexNameId;
	private String indexNameEn;
	private String sourceNoteId;
	private String sourceNoteEn;
	private List<ScaleRow> scales = new ArrayList<>();
	private List<BandRow> bands = new ArrayList<>();

	/** A level scale with the names of its levels (level number, Indonesian, English). */
	public static class ScaleRow implements Serializable {
		private String code;
		private String nameId;
		private String nameEn;
		private List<String> levels = new ArrayList<>();
		private List<String> levelNamesId = new ArrayList<>();
		private List<String> levelNamesEn = new ArrayList<>();

		public String getCode() { return code; }
		public void setCode(String v) { this.code = v; }
		public String getNameId() { return nameId; }
		public void setNameId(String v) { this.nameId = v; }
		public String getNameEn() { return nameEn; }
		public void setNameEn(String v) { this.nameEn = v; }
		public List<String> getLevels() { return levels; }
		public void setLevels(List<String> v) { this.levels = v; }
		public List<String> getLevelNamesId() { return levelNamesId; }
		public void setLevelNamesId(List<String> v) { this.levelNamesId = v; }
		public List<String> getLevelNamesEn() { return levelNamesEn; }
		public void setLevelNamesEn(List<String> v) { this.levelNamesEn = v; }
	}

	/** A predikat band: name in Indonesian (the predikat) and English, min inclusive, max exclusive. */
	public static class BandRow implements Serializable {
		private String predikat;
		private String nameEn;
		private String min;
		private String max;
		private String remove;

		boolean isBlank() {
			return blank(predikat) && blank(nameEn) && blank(min) && blank(max);
		}

		public String getPredikat() { return predikat; }
		public void setPredikat(String v) { this.predikat = v; }
		public String getNameEn() { return nameEn; }
		public void setNameEn(String v) { this.nameEn = v; }
		public String getMin() { return min; }
		public void setMin(String v) { this.min = v; }
		public String getMax() { return max; }
		public void setMax(String v) { this.max = v; }
		public String getRemove() { return remove; }
		public void setRemove(String v) { this.remove = v; }
	}

	static InstrumentFieldsForm of(InstrumentDefinition d, long lock) {
		InstrumentFieldsForm f = new InstrumentFieldsForm();
		f.lock = String.valueOf(lock);
		f.nameId = EditorInput.id(d.name());
		f.nameEn = EditorInput.en(d.name());
		f.regulation = d.regulation();
		f.fractionalValues = String.valueOf(d.fractionalValues());
		f.scaleMin = EditorInput.plain(d.scaleMin());
		f.scaleMax = EditorInput.plain(d.scaleMax());
		f.indexNameId = EditorInput.id(d.indexName());
		f.indexNameEn = EditorInput.en(d.indexName());
		f.sourceNoteId = EditorInput.id(d.sourceNote());
		f.sourceNoteEn = EditorInput.en(d.sourceNote());
		boolean bounded = d.scaleMin() != null && d.scaleMax() != null && d.scaleMax().subtract(d.scaleMin()).intValue() < 20;
		List<Integer> wholeLevels = bounded ? d.wholeLevels() : List.of();
		d.scales().forEach((code, scale) -> f.scales.add(scaleRow(code, scale, wholeLevels)));
		f.scales.add(scaleRow("", new InstrumentDefinition.Scale(null, Map.of()), wholeLevels));
		for (InstrumentDefinition.Band b : d.bands()) {
			BandRow row = new BandRow();
			row.predikat = b.predikat();
			row.nameEn = b.nameEn();
			row.min = EditorInput.plain(b.min());
			row.max = EditorInput.plain(b.max());
			f.bands.add(row);
		}
		f.bands.add(new BandRow());
		return f;
	}

	private static ScaleRow scaleRow(String code, InstrumentDefinition.Scale scale, List<Integer> wholeLevels) {
		ScaleRow row = new ScaleRow();
		row.code = code;
		row.nameId = EditorInput.id(scale.name());
		row.nameEn = EditorInput.en(scale.name());
		List<Integer> shown = new ArrayList<>(wholeLevels);
		scale.levels().keySet().stream().filter(l -> !shown.contains(l)).sorted().forEach(shown::add);
		for (int level : shown) {
			Text name = scale.levels().get(level);
			row.levels.add(String.valueOf(level));
			row.levelNamesId.add(EditorInput.id(name));
			row.levelNamesEn.add(EditorInput.en(name));
		}
		return row;
	}

	/** The fields typed; parse errors go to their fields. A scale row without a code is left out. */
	DraftEdits.Fields toFields(Errors errors) {
		Map<String, InstrumentDefinition.Scale> scaleMap = new LinkedHashMap<>();
		for (int n = 0; n < scales.size(); n++) {
			ScaleRow row = scales.get(n);
			String path = "scales[" + n + "].";
			String code = row == null ? null : EditorInput.line(errors, path + "code", row.code);
			if (code == null) {
				continue;
			}
			Map<Integer, Text> names = new LinkedHashMap<>();
			for (int l = 0; l < row.levels.size(); l++) {
				int level = EditorInput.whole(errors, path + "levels[" + l + "]", row.levels.get(l));
				Text name = EditorInput.lines(errors, path + "levelName", at(row.levelNamesId, l), at(row.levelNamesEn, l));
				if (name != null) {
					names.put(level, name);
				}
			}
			scaleMap.put(code, new InstrumentDefinition.Scale(EditorInput.lines(errors, path + "name", row.nameId, row.nameEn),
					names));
		}
		List<InstrumentDefinition.Band> bandList = new ArrayList<>();
		for (int n = 0; n < bands.size(); n++) {
			BandRow row = bands.get(n);
			if (row == null || EditorInput.ticked(row.remove) || row.isBlank()) {
				continue;
			}
			String path = "bands[" + n + "].";
			bandList.add(new InstrumentDefinition.Band(EditorInput.line(errors, path + "predikat", row.predikat),
					EditorInput.line(errors, path + "nameEn", row.nameEn), EditorInput.decimal(errors, path + "min", row.min),
					EditorInput.decimal(errors, path + "max", row.max)));
		}
		return new DraftEdits.Fields(EditorInput.lines(errors, "name", nameId, nameEn),
				EditorInput.line(errors, "regulation", regulation), EditorInput.ticked(fractionalValues),
				EditorInput.decimal(errors, "scaleMin", scaleMin), EditorInput.decimal(errors, "scaleMax", scaleMax),
				EditorInput.lines(errors, "indexName", indexNameId, indexNameEn),
				EditorInput.blocks(errors, "sourceNote", sourceNoteId, sourceNoteEn), scaleMap, bandList);
	}

	Long lockValue(Errors errors) {
		return id.spbe.common.Forms.whole(errors, "lock", lock);
	}

	private static String at(List<String> list, int index) {
		return index < list.size() ? list.get(index) : null;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	public String getLock() { return lock; }
	public void setLock(String v) { this.lock = v; }
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
	public String getIndexNameId() { return indexNameId; }
	public void setIndexNameId(String v) { this.indexNameId = v; }
	public String getIndexNameEn() { return indexNameEn; }
	public void setIndexNameEn(String v) { this.indexNameEn = v; }
	public String getSourceNoteId() { return sourceNoteId; }
	public void setSourceNoteId(String v) { this.sourceNoteId = v; }
	public String getSourceNoteEn() { return sourceNoteEn; }
	public void setSourceNoteEn(String v) { this.sourceNoteEn = v; }
	public List<ScaleRow> getScales() { return scales; }
	public void setScales(List<ScaleRow> v) { this.scales = v; }
	public List<BandRow> getBands() { return bands; }
	public void setBands(List<BandRow> v) { this.bands = v; }
}
