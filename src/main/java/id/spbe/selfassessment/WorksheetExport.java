package id.spbe.selfassessment;

import id.spbe.common.Decimals;
import id.spbe.common.Messages;
import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The self-assessment worksheet in Excel (Apache POI): row 1 names the instrument and its version,
 * row 2 the agency and period, row 4 the headers, then one row per indicator (domain (only for
 * instruments with domains), aspect, indicator, level, justification, evidence names and links,
 * assignee, entry version, then the criterion of every level). Levels, numbers and versions are
 * numeric cells written as the instrument takes them ({@link WorksheetLevels}), the level cells
 * with a drop-down of the allowed levels. {@link WorksheetReader} finds the columns by their
 * headers. Column widths are fixed: POI's auto-size needs fonts on the server.
 */
@Component
class WorksheetExport {

	static final int HEADER_ROW = 3;
	static final String[] COLUMNS = { "number", "domain", "aspect", "indicator", "level", "justification", "evidence",
			"assignee", "version" };
	private static final Map<String, Integer> WIDTHS = Map.of("number", 8, "domain", 24, "aspect", 30, "indicator", 40,
			"level", 8, "justification", 70, "evidence", 50, "assignee", 24, "version", 10);

	private final Messages messages;

	WorksheetExport(Messages messages) {
		this.messages = messages;
	}

	/** The columns of this instrument's worksheet: without "domain" when it has none. */
	static List<String> columns(InstrumentDefinition instrument) {
		return Arrays.stream(COLUMNS).filter(c -> !c.equals("domain") || !instrument.domains().isEmpty()).toList();
	}

	byte[] export(Worksheet ws, Locale locale) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			InstrumentDefinition instrument = ws.instrument();
			List<String> columns = columns(instrument);
			List<Integer> levels = instrument.wholeLevels();
			Sheet sheet = wb.createSheet(msg("worksheet.sheet", locale));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = wb.createCellStyle();
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			Row r0 = sheet.createRow(0);
			r0.createCell(0).setCellValue(msg("worksheet.instrument", locale));
			r0.createCell(1).setCellValue(instrument.code());
			r0.createCell(2).setCellValue(msg("worksheet.version", locale));
			WorksheetLevels.number(r0.createCell(3), BigDecimal.valueOf(instrument.version()));
			Row r1 = sheet.createRow(1);
			r1.createCell(0).setCellValue(msg("worksheet.agency", locale));
			r1.createCell(1).setCellValue(ws.evaluation().agencyName());
			r1.createCell(2).setCellValue(msg("worksheet.period", locale));
			r1.createCell(3).setCellValue(ws.evaluation().periodName());
			Row header = sheet.createRow(HEADER_ROW);
			for (int c = 0; c < columns.size(); c++) {
				header(header, c, msg("worksheet.column." + columns.get(c), locale), bold);
				sheet.setColumnWidth(c, WIDTHS.get(columns.get(c)) * 256);
			}
			for (int l = 0; l < levels.size(); l++) {
				header(header, columns.size() + l, msg("worksheet.column.criterion", locale, levels.get(l)), bold);
				sheet.setColumnWidth(columns.size() + l, 45 * 256);
			}
			int rowNo = HEADER_ROW + 1;
			for (InstrumentDefinition.Aspect aspect : instrument.allAspects()) {
				String domain = domainOf(instrument, aspect, locale);
				for (IndicatorRow r : ws.rowsOf(aspect)) {
					Row row = sheet.createRow(rowNo++);
					Map<String, Object> values = new HashMap<>();
					values.put("number", BigDecimal.valueOf(r.indicator().number()));
					values.put("domain", domain);
					values.put("aspect", aspect.code() + " " + aspect.name().in(locale));
					values.put("indicator", r.indicator().name().in(locale));
					values.put("level", r.entry().selfLevel());
					values.put("justification", r.entry().justification() == null ? "" : r.entry().justification());
					values.put("evidence", evidenceText(r.evidence()));
					values.put("assignee", r.assigneeName() == null ? "" : r.assigneeName());
					values.put("version", BigDecimal.valueOf(r.entry().version()));
					for (int c = 0; c < columns.size(); c++) {
						write(row, c, values.get(columns.get(c)), wrap);
					}
					for (int l = 0; l < levels.size(); l++) {
						InstrumentDefinition.Level level = r.indicator().levels().get(levels.get(l));
						write(row, columns.size() + l, level == null ? "" : level.criterion().in(locale), wrap);
					}
				}
			}
			int levelColumn = columns.indexOf("level");
			String min = Decimals.plain(instrument.scaleMin());
			String max = Decimals.plain(instrument.scaleMax());
			boolean fraction = instrument.fractionalValues();
			WorksheetLevels.dropDown(wb, sheet, instrument, msg("worksheet.levelsSheet", locale), HEADER_ROW + 1, rowNo - 1,
					levelColumn, new WorksheetLevels.DropDownTexts(msg("worksheet.column.level", locale),
							msg(fraction ? "worksheet.levelPrompt.fraction" : "worksheet.levelPrompt.whole", locale, min, max), msg("worksheet.levelErrorTitle", locale),
							msg(fraction ? "worksheet.levelError.fraction" : "worksheet.levelError.whole", locale, min, max)));
			sheet.createFreezePane(0, HEADER_ROW + 1);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void header(Row header, int column, String text, CellStyle bold) {
		Cell cell = header.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(bold);
	}

	/** A number as a numeric cell; a text as a wrapped text cell; nothing for none. */
	private static void write(Row row, int column, Object value, CellStyle wrap) {
		if (value instanceof BigDecimal number) {
			WorksheetLevels.number(row.createCell(column), number);
		}
		else if (value instanceof String text) {
			Cell cell = row.createCell(column);
			cell.setCellValue(text);
			cell.setCellStyle(wrap);
		}
	}

	private static String domainOf(InstrumentDefinition instrument, InstrumentDefinition.Aspect aspect, Locale locale) {
		return instrument.domains().stream().filter(d -> d.aspects().contains(aspect)).findFirst()
				.map(d -> d.code() + " " + d.name().in(locale)).orElse("");
	}

	private static String evidenceText(List<EvidenceView> evidence) {
		List<String> lines = new ArrayList<>();
		for (EvidenceView e : evidence) {
			lines.add(e.current() != null ? e.title() + " (" + e.current().originalName() + ")" : e.title() + ": " + e.url());
		}
		return String.join("\n", lines);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.get(locale, key, args);
	}
}
