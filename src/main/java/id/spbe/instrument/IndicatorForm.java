package id.spbe.instrument;

import id.spbe.common.Forms;
import id.spbe.instrument.IndicatorFormRows.BandRow;
import id.spbe.instrument.IndicatorFormRows.ItemRow;
import id.spbe.instrument.IndicatorFormRows.LevelRow;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.Errors;

/**
 * The indicator page's form as typed: names and texts in both languages, the criterion and
 * evidence expected of every level, the evidence items (with order and remove, plus blank rows to
 * add), and the value source with the external index and its conversion bands.
 */
class IndicatorForm implements Serializable {

	/** Blank evidence-item rows offered for adding. */
	static final int NEW_ITEMS = 3;

	private String lock;
	private String nameId;
	private String nameEn;
	private String scale;
	private String explanationId;
	private String explanationEn;
	private String evidenceGuidanceId;
	private String evidenceGuidanceEn;
	private List<LevelRow> levels = new ArrayList<>();
	private List<ItemRow> items = new ArrayList<>();
	private String valueSource;
	private String extCode;
	private String extNameId;
	private String extNameEn;
	private String extMin;
	private String extMax;
	private String extDefault;
	private List<BandRow> bands = new ArrayList<>();

	/** The form showing indicator {@code i} of {@code d} as stored. */
	static IndicatorForm of(InstrumentDefinition d, InstrumentDefinition.Indicator i, long lock) {
		IndicatorForm f = new IndicatorForm();
		f.lock = String.valueOf(lock);
		f.nameId = EditorInput.id(i.name());
		f.nameEn = EditorInput.en(i.name());
		f.scale = i.scale();
		f.explanationId = EditorInput.id(i.explanation());
		f.explanationEn = EditorInput.en(i.explanation());
		f.evidenceGuidanceId = EditorInput.id(i.evidenceGuidance());
		f.evidenceGuidanceEn = EditorInput.en(i.evidenceGuidance());
		List<Integer> shown = new ArrayList<>(d.scaleMin() == null || d.scaleMax() == null ? List.of() : d.wholeLevels());
		i.levels().keySet().stream().filter(l -> !shown.contains(l)).forEach(shown::add);
		for (int level : shown) {
			InstrumentDefinition.Level l = i.levels().get(level);
			LevelRow row = new LevelRow();
			row.level = String.valueOf(level);
			row.criterionId = l == null ? "" : EditorInput.id(l.criterion());
			row.criterionEn = l == null ? "" : EditorInput.en(l.criterion());
			row.evidenceId = l == null ? "" : EditorInput.id(l.evidenceExpected());
			row.evidenceEn = l == null ? "" : EditorInput.en(l.evidenceExpected());
			f.levels.add(row);
		}
		int o = 0;
		for (InstrumentDefinition.EvidenceItem item : i.evidenceItems()) {
			ItemRow row = new ItemRow();
			row.code = item.code();
			row.level = String.valueOf(item.level());
			row.descriptionId = EditorInput.id(item.description());
			row.descriptionEn = EditorInput.en(item.description());
			row.order = String.valueOf(o += 10);
			f.items.add(row);
		}
		for (int n = 0; n < NEW_ITEMS; n++) {
			ItemRow row = new ItemRow();
			row.order = String.valueOf(o += 10);
			f.items.add(row);
		}
		f.valueSource = i.valueSource().name();
		InstrumentDefinition.ExternalIndex ext = i.externalIndex();
		if (ext != null) {
			f.extCode = ext.code();
			f.extNameId = EditorInput.id(ext.name());
			f.extNameEn = EditorInput.en(ext.name());
			f.extMin = EditorInput.plain(ext.min());
			f.extMax = EditorInput.plain(ext.max());
			f.extDefault = EditorInput.plain(ext.defaultValue());
			for (InstrumentDefinition.ConversionBand b : ext.conversion()) {
				BandRow row = new BandRow();
				row.from = EditorInput.plain(b.from());
				row.to = EditorInput.plain(b.to());
				row.valueFrom = EditorInput.plain(b.valueFrom());
				row.valueTo = EditorInput.plain(b.valueTo());
				f.bands.add(row);
			}
		}
		f.bands.add(new BandRow());
		return f;
	}

	/** The content typed; parse errors go to their fields. */
	DraftEdits.IndicatorContent toContent(Errors errors) {
		Map<Integer, InstrumentDefinition.Level> levelMap = new LinkedHashMap<>();
		for (int n = 0; n < levels.size(); n++) {
			LevelRow row = levels.get(n);
			String path = "levels[" + n + "].";
			int level = EditorInput.whole(errors, path + "level", row.level);
			Text criterion = EditorInput.blocks(errors, path + "criterion", row.criterionId, row.criterionEn);
			Text evidence = EditorInput.blocks(errors, path + "evidence", row.evidenceId, row.evidenceEn);
			if (criterion != null || evidence != null) {
				levelMap.put(level, new InstrumentDefinition.Level(criterion, evidence));
			}
		}
		ValueSource source = Forms.choice(errors, "valueSource", ValueSource.class, valueSource);
		source = source == null ? ValueSource.ASSESSED : source;
		return new DraftEdits.IndicatorContent(EditorInput.lines(errors, "name", nameId, nameEn),
				EditorInput.line(errors, "scale", scale), EditorInput.blocks(errors, "explanation", explanationId, explanationEn),
				EditorInput.blocks(errors, "evidenceGuidance", evidenceGuidanceId, evidenceGuidanceEn), levelMap,
				items(errors), source, source == ValueSource.EXTERNAL_INDEX ? external(errors) : null);
	}

	private List<InstrumentDefinition.EvidenceItem> items(Errors errors) {
		record Ordered(InstrumentDefinition.EvidenceItem item, int order, int index) {
		}
		List<Ordered> kept = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			ItemRow row = items.get(n);
			if (row == null || EditorInput.ticked(row.remove) || row.isBlank()) {
				continue;
			}
			String path = "items[" + n + "].";
			InstrumentDefinition.EvidenceItem item = new InstrumentDefinition.EvidenceItem(
					EditorInput.line(errors, path + "code", row.code), EditorInput.whole(errors, path + "level", row.level),
					EditorInput.blocks(errors, path + "description", row.descriptionId, row.descriptionEn));
			kept.add(new Ordered(item, EditorInput.order(errors, path + "order", row.order, (n + 1) * 10), n));
		}
		kept.sort(Comparator.comparingInt(Ordered::order).thenComparingInt(Ordered::index));
		return kept.stream().map(Ordered::item).toList();
	}

	private InstrumentDefinition.ExternalIndex external(Errors errors) {
		List<InstrumentDefinition.ConversionBand> conversion = new ArrayList<>();
		for (int n = 0; n < bands.size(); n++) {
			BandRow row = bands.get(n);
			if (row == null || EditorInput.ticked(row.remove) || row.isBlank()) {
				continue;
			}
			String path = "bands[" + n + "].";
			conversion.add(new InstrumentDefinition.ConversionBand(EditorInput.decimal(errors, path + "from", row.from),
					EditorInput.decimal(errors, path + "to", row.to), EditorInput.decimal(errors, path + "valueFrom", row.valueFrom),
					EditorInput.decimal(errors, path + "valueTo", row.valueTo)));
		}
		return new InstrumentDefinition.ExternalIndex(EditorInput.line(errors, "extCode", extCode),
				EditorInput.lines(errors, "extName", extNameId, extNameEn), EditorInput.decimal(errors, "extMin", extMin),
				EditorInput.decimal(errors, "extMax", extMax), EditorInput.decimal(errors, "extDefault", extDefault),
				conversion);
	}

	Long lockValue(Errors errors) {
		return Forms.whole(errors, "lock", lock);
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
	public String getScale() { return scale; }
	public void setScale(String v) { this.scale = v; }
	public String getExplanationId() { return explanationId; }
	public void setExplanationId(String v) { this.explanationId = v; }
	public String getExplanationEn() { return explanationEn; }
	public void setExplanationEn(String v) { this.explanationEn = v; }
	public String getEvidenceGuidanceId() { return evidenceGuidanceId; }
	public void setEvidenceGuidanceId(String v) { this.evidenceGuidanceId = v; }
	public String getEvidenceGuidanceEn() { return evidenceGuidanceEn; }
	public void setEvidenceGuidanceEn(String v) { this.evidenceGuidanceEn = v; }
	public List<LevelRow> getLevels() { return levels; }
	public void setLevels(List<LevelRow> v) { this.levels = v; }
	public List<ItemRow> getItems() { return items; }
	public void setItems(List<ItemRow> v) { this.items = v; }
	public String getValueSource() { return valueSource; }
	public void setValueSource(String v) { this.valueSource = v; }
	public String getExtCode() { return extCode; }
	public void setExtCode(String v) { this.extCode = v; }
	public String getExtNameId() { return extNameId; }
	public void setExtNameId(String v) { this.extNameId = v; }
	public String getExtNameEn() { return extNameEn; }
	public void setExtNameEn(String v) { this.extNameEn = v; }
	public String getExtMin() { return extMin; }
	public void setExtMin(String v) { this.extMin = v; }
	public String getExtMax() { return extMax; }
	public void setExtMax(String v) { this.extMax = v; }
	public String getExtDefault() { return extDefault; }
	public void setExtDefault(String v) { this.extDefault = v; }
	public List<BandRow> getBands() { return bands; }
	public void setBands(List<BandRow> v) { this.bands = v; }
}
