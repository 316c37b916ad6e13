package id.spbe.instrument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An instrument version as an Excel workbook for people who keep instruments in spreadsheets:
 * one sheet each for the instrument's own fields, scales, bands, domains, aspects, indicators,
 * criteria per level, evidence items and external-index conversion bands, each with a header
 * row naming its columns. {@link WorkbookReader} reads it back, all or nothing.
 */
final class InstrumentWorkbook {

	static final String INSTRUMENT = "instrument";
	static final String SCALES = "scales";
	static final String BANDS = "bands";
	static final String DOMAINS = "domains";
	static final String ASPECTS = "aspects";
	static final String INDICATORS = "indicators";
	static final String CRITERIA = "criteria";
	static final String ITEMS = "evidence items";
	static final String CONVERSION = "conversion";

	static final List<String> INSTRUMENT_KEYS = List.of("code", "version", InstrumentWorkbook.col("name", "id"), InstrumentWorkbook.col("name", "en"), "regulation",
			"fractionalValues", "scaleMin", "scaleMax", InstrumentWorkbook.col("indexName", "id"), InstrumentWorkbook.col("indexName", "en"), InstrumentWorkbook.col("sourceNote", "id"), InstrumentWorkbook.col("sourceNote", "en"));
	static final Map<String, List<String>> HEADERS = headers();

	private InstrumentWorkbook() {
	}

	/** A dotted column or field name such as {@code name.id}: written in parts, so it is not taken for a message key. */
	static String col(String... parts) {
		return String.join(".", parts);
	}

	private static Map<String, List<String>> headers() {
		Map<String, List<String>> h = new LinkedHashMap<>();
		h.put(INSTRUMENT, List.of("field", "value"));
		h.put(SCALES, List.of("scale", InstrumentWorkbook.col("name", "id"), InstrumentWorkbook.col("name", "en"), "level", InstrumentWorkbook.col("levelName", "id"), InstrumentWorkbook.col("levelName", "en")));
		h.put(BANDS, List.of("predikat", "nameEn", "min", "max"));
		h.put(DOMAINS, List.of("code", InstrumentWorkbook.col("name", "id"), InstrumentWorkbook.col("name", "en"), "weight"));
		h.put(ASPECTS, List.of("code", "domain", InstrumentWorkbook.col("name", "id"), InstrumentWorkbook.col("name", "en"), "weight"));
		h.put(INDICATORS, List.of("number", "aspect", InstrumentWorkbook.col("name", "id"), InstrumentWorkbook.col("name", "en"), "weight", "scale", InstrumentWorkbook.col("explanation", "id"),
				InstrumentWorkbook.col("explanation", "en"), InstrumentWorkbook.col("evidenceGuidance", "id"), InstrumentWorkbook.col("evidenceGuidance", "en"), "valueSource", InstrumentWorkbook.col("externalIndex", "code"),
				InstrumentWorkbook.col("externalIndex", "name", "id"), InstrumentWorkbook.col("externalIndex", "name", "en"), InstrumentWorkbook.col("externalIndex", "min"), InstrumentWorkbook.col("externalIndex", "max"),
				InstrumentWorkbook.col("externalIndex", "defaultValue")));
		h.put(CRITERIA, List.of("indicator", "level", InstrumentWorkbook.col("criterion", "id"), InstrumentWorkbook.col("criterion", "en"), InstrumentWorkbook.col("evidenceExpected", "id"),
				InstrumentWorkbook.col("evidenceExpected", "en")));
		h.put(ITEMS, List.of("indicator", "code", "level", InstrumentWorkbook.col("description", "id"), InstrumentWorkbook.col("description", "en")));
		h.put(CONVERSION, List.of("indicator", "from", "to", "valueFrom", "valueTo"));
		return h;
	}

	static byte[] write(InstrumentDefinition d) {
		Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
		HEADERS.keySet().forEach(k -> rows.put(k, new ArrayList<>()));
		List<Object> values = List.of(d.code(), d.version(), id(d.name()), en(d.name()), nz(d.regulation()),
				d.fractionalValues(), nz(d.scaleMin()), nz(d.scaleMax()), id(d.indexName()), en(d.indexName()),
				id(d.sourceNote()), en(d.sourceNote()));
		for (int i = 0; i < INSTRUMENT_KEYS.size(); i++) {
			rows.get(INSTRUMENT).add(List.of(INSTRUMENT_KEYS.get(i), values.get(i)));
		}
		d.scales().forEach((code, scale) -> scale.levels().forEach((level, name) -> rows.get(SCALES)
				.add(List.of(code, id(scale.name()), en(scale.name()), level, id(name), en(name)))));
		d.bands().forEach(b -> rows.get(BANDS).add(List.of(nz(b.predikat()), nz(b.nameEn()), nz(b.min()), nz(b.max()))));
		d.domains().forEach(dom -> rows.get(DOMAINS).add(List.of(dom.code(), id(dom.name()), en(dom.name()), nz(dom.weight()))));
		d.domains().forEach(dom -> dom.aspects().forEach(a -> rows.get(ASPECTS)
				.add(List.of(a.code(), dom.code(), id(a.name()), en(a.name()), nz(a.weight())))));
		d.aspects().forEach(a -> rows.get(ASPECTS).add(List.of(a.code(), "", id(a.name()), en(a.name()), nz(a.weight()))));
		d.allAspects().forEach(a -> a.indicators().forEach(i -> indicator(rows, a.code(), i)));
		return toBytes(rows);
	}

	private static void indicator(Map<String, List<List<Object>>> rows, String aspect, InstrumentDefinition.Indicator i) {
		InstrumentDefinition.ExternalIndex x = i.externalIndex();
		rows.get(INDICATORS).add(List.of(i.number(), aspect, id(i.name()), en(i.name()), nz(i.weight()), nz(i.scale()),
				id(i.explanation()), en(i.explanation()), id(i.evidenceGuidance()), en(i.evidenceGuidance()),
				i.valueSource().name(), x == null ? "" : nz(x.code()), x == null ? "" : id(x.name()), x == null ? "" : en(x.name()),
				x == null ? "" : nz(x.min()), x == null ? "" : nz(x.max()), x == null ? "" : nz(x.defaultValue())));
		i.levels().forEach((level, l) -> rows.get(CRITERIA).add(List.of(i.number(), level, id(l.criterion()), en(l.criterion()),
				id(l.evidenceExpected()), en(l.evidenceExpected()))));
		i.evidenceItems().forEach(item -> rows.get(ITEMS).add(List.of(i.number(), nz(item.code()), item.level(),
				id(item.description()), en(item.description()))));
		if (x != null) {
			x.conversion().forEach(b -> rows.get(CONVERSION).add(List.of(i.number(), nz(b.from()), nz(b.to()),
					nz(b.valueFrom()), nz(b.valueTo()))));
		}
	}

	private static byte[] toBytes(Map<String, List<List<Object>>> rows) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			rows.forEach((name, data) -> {
				Sheet sheet = wb.createSheet(name);
				cells(sheet.createRow(0), new ArrayList<>(HEADERS.get(name)));
				for (int r = 0; r < data.size(); r++) {
					cells(sheet.createRow(r + 1), data.get(r));
				}
			});
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	// decimals as text: the exact value, never through a double
	private static void cells(Row row, List<?> values) {
		for (int c = 0; c < values.size(); c++) {
			Object v = values.get(c);
			if (v instanceof Integer n) {
				row.createCell(c).setCellValue(n);
			}
			else if (v instanceof BigDecimal d) {
				row.createCell(c).setCellValue(InstrumentMapper.plain(d).toPlainString());
			}
			else {
				row.createCell(c).setCellValue(String.valueOf(v));
			}
		}
	}

	private static Object nz(Object o) {
		return o == null ? "" : o;
	}

	private static String id(Text t) {
		return t == null || t.id() == null ? "" : t.id();
	}

	private static String en(Text t) {
		return t == null || t.en() == null ? "" : t.en();
	}

	/** The tree of a workbook in this layout; see {@link WorkbookReader}. */
	static InstrumentDefinition read(byte[] file, long maxBytes) {
		return WorkbookReader.read(file, maxBytes);
	}
}
