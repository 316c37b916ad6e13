package id.spbe.selfassessment;

import id.spbe.evidence.EvidenceView;
import id.spbe.instrument.InstrumentDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The self-assessment worksheet in Excel (Apache POI): row 1 names the instrument and its version,
 * row 2 the agency and period, row 4 the headers, then one row per indicator (domain, aspect,
 * indicator, level, justification, evidence names and links, assignee). Import reads the same
 * layout back (number, level and justification) and reports every error by row and column.
 */
@Component
class WorksheetExcel {

	static final int HEADER_ROW = 3;
	static final String[] COLUMNS = { "number", "domain", "aspect", "indicator", "level", "justification", "evidence",
			"assignee", "version" };

	private final MessageSource messages;

	WorksheetExcel(MessageSource messages) {
		this.messages = messages;
	}

	byte[] export(Worksheet ws, Locale locale) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet(msg("worksheet.sheet", locale));
			CellStyle bold = wb.createCellStyle();
			Font font = wb.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle wrap = wb.createCellStyle();
			wrap.setWrapText(true);
			Row r0 = sheet.createRow(0);
			r0.createCell(0).setCellValue(msg("worksheet.instrument", locale));
			r0.createCell(1).setCellValue(ws.instrument().code());
			r0.createCell(2).setCellValue(msg("worksheet.version", locale));
			r0.createCell(3).setCellValue(ws.instrument().version());
			Row r1 = sheet.createRow(1);
			r1.createCell(0).setCellValue(msg("worksheet.agency", locale));
			r1.createCell(1).setCellValue(ws.evaluation().agencyName());
			r1.createCell(2).setCellValue(msg("worksheet.period", locale));
			r1.createCell(3).setCellValue(ws.evaluation().periodName());
			Row header = sheet.createRow(HEADER_ROW);
			for (int c = 0; c < COLUMNS.length; c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(msg("worksheet.column." + COLUMNS[c], locale));
				cell.setCellStyle(bold);
			}
			int rowNo = HEADER_ROW + 1;
			for (InstrumentDefinition.Aspect aspect : ws.instrument().allAspects()) {
				String domain = domainOf(ws.instrument(), aspect, locale);
				for (IndicatorRow r : ws.rowsOf(aspect)) {
					Row row = sheet.createRow(rowNo++);
					row.createCell(0).setCellValue(r.indicator().number());
					row.createCell(1).setCellValue(domain);
					row.createCell(2).setCellValue(aspect.code() + " " + aspect.name().in(locale));
					row.createCell(3).setCellValue(r.indicator().name().in(locale));
					if (r.entry().selfLevel() != null) {
						row.createCell(4).setCellValue(r.entry().selfLevel().doubleValue());
					}
					Cell justification = row.createCell(5);
					justification.setCellValue(r.entry().justification() == null ? "" : r.entry().justification());
					justification.setCellStyle(wrap);
					Cell evidence = row.createCell(6);
					evidence.setCellValue(evidenceText(r.evidence()));
					evidence.setCellStyle(wrap);
					row.createCell(7).setCellValue(r.assigneeName() == null ? "" : r.assigneeName());
					row.createCell(8).setCellValue(r.entry().version());
				}
			}
			int[] widths = { 8, 24, 30, 40, 8, 70, 50, 24, 10 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One row read from an imported worksheet. */
	record ImportRow(int rowNumber, int indicator, BigDecimal level, String justification, Long version,
			String numberColumn, String levelColumn, String justificationColumn, String versionColumn) {
	}

	/** Rows read and the errors found (each naming row and column); rows are applied only without errors. */
	record ImportResult(List<ImportRow> rows, List<String> errors) {
	}

	/**
	 * Reads number, level and justification of every indicator row. Structural and type errors are
	 * reported here; scale and permission rules are checked by the service.
	 */
	ImportResult read(InputStream in, Worksheet target, Locale locale) {
		InstrumentDefinition instrument = target.instrument();
		List<String> errors = new ArrayList<>();
		List<ImportRow> rows = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter format = new DataFormatter(Locale.ROOT);
			String code = sheet.getRow(0) == null ? "" : format.formatCellValue(sheet.getRow(0).getCell(1)).trim();
			String version = sheet.getRow(0) == null ? "" : format.formatCellValue(sheet.getRow(0).getCell(3)).trim();
			if (!code.equals(instrument.code()) || !version.equals(String.valueOf(instrument.version()))) {
				errors.add(msg("worksheet.error.instrument", locale, 1, "B", code + " " + version,
						instrument.code() + " " + instrument.version()));
				return new ImportResult(List.of(), errors);
			}
			String agency = sheet.getRow(1) == null ? "" : format.formatCellValue(sheet.getRow(1).getCell(1)).trim();
			String period = sheet.getRow(1) == null ? "" : format.formatCellValue(sheet.getRow(1).getCell(3)).trim();
			if (!agency.equals(target.evaluation().agencyName())) {
				errors.add(msg("worksheet.error.agency", locale, 2, "B", agency, target.evaluation().agencyName()));
			}
			if (!period.equals(target.evaluation().periodName())) {
				errors.add(msg("worksheet.error.period", locale, 2, "D", period, target.evaluation().periodName()));
			}
			if (!errors.isEmpty()) {
				return new ImportResult(List.of(), errors);
			}
			Map<String, Integer> columns = headerColumns(sheet.getRow(HEADER_ROW), format);
			for (String required : new String[] { "number", "level", "justification" }) {
				if (!columns.containsKey(required)) {
					errors.add(msg("worksheet.error.missingColumn", locale, HEADER_ROW + 1,
							msg("worksheet.column." + required, locale)));
				}
			}
			if (!errors.isEmpty()) {
				return new ImportResult(List.of(), errors);
			}
			Set<Integer> seen = new HashSet<>();
			for (int i = HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				String numberText = row == null ? "" : format.formatCellValue(row.getCell(columns.get("number"))).trim();
				if (numberText.isEmpty()) {
					continue;
				}
				int excelRow = i + 1;
				Integer number = parseNumber(numberText);
				if (number == null || instrument.indicator(number).isEmpty()) {
					errors.add(msg("worksheet.error.unknownIndicator", locale, excelRow, letter(columns.get("number")),
							numberText));
					continue;
				}
				if (!seen.add(number)) {
					errors.add(msg("worksheet.error.duplicate", locale, excelRow, letter(columns.get("number")), number));
					continue;
				}
				String levelText = format.formatCellValue(row.getCell(columns.get("level"))).trim().replace(',', '.');
				BigDecimal level = null;
				if (!levelText.isEmpty()) {
					try {
						level = new BigDecimal(levelText);
					}
					catch (NumberFormatException e) {
						errors.add(msg("worksheet.error.levelNotANumber", locale, excelRow, letter(columns.get("level")),
								levelText));
						continue;
					}
				}
				Cell j = row.getCell(columns.get("justification"));
				String justification = j == null ? null : format.formatCellValue(j);
				Long entryVersion = null;
				if (columns.containsKey("version")) {
					String versionText = format.formatCellValue(row.getCell(columns.get("version"))).trim();
					try {
						entryVersion = versionText.isEmpty() ? null : Long.valueOf(versionText);
					}
					catch (NumberFormatException e) {
						errors.add(msg("worksheet.error.version", locale, excelRow, letter(columns.get("version")), versionText));
						continue;
					}
				}
				rows.add(new ImportRow(excelRow, number, level, justification, entryVersion, letter(columns.get("number")),
						letter(columns.get("level")), letter(columns.get("justification")),
						columns.containsKey("version") ? letter(columns.get("version")) : null));
			}
		}
		catch (IOException | RuntimeException e) {
			return new ImportResult(List.of(), List.of(msg("worksheet.error.unreadable", locale)));
		}
		return new ImportResult(rows, errors);
	}

	static String letter(int column) {
		return String.valueOf((char) ('A' + column));
	}

	private Map<String, Integer> headerColumns(Row header, DataFormatter format) {
		Map<String, Integer> columns = new HashMap<>();
		if (header == null) {
			return columns;
		}
		for (Cell cell : header) {
			String text = format.formatCellValue(cell).trim().toLowerCase(Locale.ROOT);
			for (String column : COLUMNS) {
				for (Locale l : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
					if (text.equals(msg("worksheet.column." + column, l).toLowerCase(Locale.ROOT))) {
						columns.putIfAbsent(column, cell.getColumnIndex());
					}
				}
			}
		}
		return columns;
	}

	private static Integer parseNumber(String text) {
		try {
			BigDecimal n = new BigDecimal(text);
			return n.stripTrailingZeros().scale() <= 0 ? n.intValueExact() : null;
		}
		catch (NumberFormatException | ArithmeticException e) {
			return null;
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
		return messages.getMessage(key, args, key, locale);
	}
}
