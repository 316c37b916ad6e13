package id.spbe.selfassessment;

import id.spbe.evidence.EvidenceView;
import id.spbe.worksheet.IndicatorRow;
import id.spbe.worksheet.Worksheet;
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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import id.spbe.common.FormValues;
import id.spbe.common.Messages;
import id.spbe.common.Numbers;
import id.spbe.common.RuleViolationException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Reads an imported worksheet ({@link WorksheetExport}'s layout): number, level, justification and
 * entry version of every indicator row. Structural and type errors are reported here, each by row
 * and column; scale, length and permission rules are checked by {@link WorksheetImport}.
 */
@Component
class WorksheetReader {

	private final Messages messages;

	WorksheetReader(Messages messages) {
		this.messages = messages;
	}

	/** One row read from an imported worksheet. */
	record ImportRow(int rowNumber, int indicator, BigDecimal level, String justification, Long version,
			String numberColumn, String levelColumn, String justificationColumn, String versionColumn) {
	}

	/** Rows read and the errors found (each naming row and column); rows are applied only without errors. */
	record ImportResult(List<ImportRow> rows, List<ImportError> errors) {
	}

	/**
	 * Reads number, level and justification of every indicator row. Structural and type errors are
	 * reported here; scale and permission rules are checked by the service.
	 */
	ImportResult read(InputStream in, Worksheet target) {
		InstrumentDefinition instrument = target.instrument();
		List<ImportError> errors = new ArrayList<>();
		List<ImportRow> rows = new ArrayList<>();
		try (Workbook wb = WorkbookFactory.create(in)) {
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter format = new DataFormatter(Locale.ROOT);
			String code = sheet.getRow(0) == null ? "" : format.formatCellValue(sheet.getRow(0).getCell(1)).trim();
			String version = sheet.getRow(0) == null ? "" : format.formatCellValue(sheet.getRow(0).getCell(3)).trim();
			if (!code.equals(instrument.code()) || !version.equals(String.valueOf(instrument.version()))) {
				errors.add(ImportError.at(1, "B", "worksheet.error.instrument", code + " " + version,
						instrument.code() + " " + instrument.version()));
				return new ImportResult(List.of(), errors);
			}
			String agency = sheet.getRow(1) == null ? "" : format.formatCellValue(sheet.getRow(1).getCell(1)).trim();
			String period = sheet.getRow(1) == null ? "" : format.formatCellValue(sheet.getRow(1).getCell(3)).trim();
			if (!agency.equals(target.evaluation().agencyName())) {
				errors.add(ImportError.at(2, "B", "worksheet.error.agency", agency, target.evaluation().agencyName()));
			}
			if (!period.equals(target.evaluation().periodName())) {
				errors.add(ImportError.at(2, "D", "worksheet.error.period", period, target.evaluation().periodName()));
			}
			if (!errors.isEmpty()) {
				return new ImportResult(List.of(), errors);
			}
			Map<String, Integer> columns = headerColumns(sheet.getRow(WorksheetExport.HEADER_ROW), format);
			for (String required : new String[] { "number", "level", "justification" }) {
				if (!columns.containsKey(required)) {
					errors.add(new ImportError(WorksheetExport.HEADER_ROW + 1, null, "worksheet.error.missingColumn", new Object[] {
							WorksheetExport.HEADER_ROW + 1, new DefaultMessageSourceResolvable("worksheet.column." + required) }));
				}
			}
			if (!errors.isEmpty()) {
				return new ImportResult(List.of(), errors);
			}
			Set<Integer> seen = new HashSet<>();
			for (int i = WorksheetExport.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				String numberText = row == null ? "" : format.formatCellValue(row.getCell(columns.get("number"))).trim();
				if (numberText.isEmpty()) {
					continue;
				}
				int excelRow = i + 1;
				Integer number = parseNumber(numberText);
				if (number == null || instrument.indicator(number).isEmpty()) {
					errors.add(ImportError.at(excelRow, letter(columns.get("number")), "worksheet.error.unknownIndicator",
							FormValues.echo(numberText)));
					continue;
				}
				if (!seen.add(number)) {
					errors.add(ImportError.at(excelRow, letter(columns.get("number")), "worksheet.error.duplicate", number));
					continue;
				}
				String levelText = levelText(row.getCell(columns.get("level")), format);
				BigDecimal level;
				try {
					level = Numbers.value(levelText);
				}
				catch (RuleViolationException e) {
					errors.add(levelError(excelRow, letter(columns.get("level")), levelText, e));
					continue;
				}
				Cell j = row.getCell(columns.get("justification"));
				String justification = j == null ? null : format.formatCellValue(j);
				Long entryVersion = null;
				if (columns.containsKey("version")) {
					String versionText = format.formatCellValue(row.getCell(columns.get("version"))).trim();
					try {
						entryVersion = Numbers.whole(versionText);
					}
					catch (RuleViolationException e) {
						errors.add(ImportError.at(excelRow, letter(columns.get("version")), "worksheet.error.version",
								FormValues.echo(versionText)));
						continue;
					}
				}
				rows.add(new ImportRow(excelRow, number, level, justification, entryVersion, letter(columns.get("number")),
						letter(columns.get("level")), letter(columns.get("justification")),
						columns.containsKey("version") ? letter(columns.get("version")) : null));
			}
		}
		catch (IOException | RuntimeException e) {
			return new ImportResult(List.of(), List.of(ImportError.ofFile("worksheet.error.unreadable")));
		}
		return new ImportResult(rows, errors);
	}

	/**
	 * A level cell as text: a number as its plain value ("3", "2.5"), never as its display format
	 * would round it; anything else as shown.
	 */
	private static String levelText(Cell cell, DataFormatter format) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC) {
			return NumberToTextConverter.toText(cell.getNumericCellValue());
		}
		return format.formatCellValue(cell).trim();
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
			for (String column : WorksheetExport.COLUMNS) {
				for (Locale l : new Locale[] { Locale.forLanguageTag("id"), Locale.ENGLISH }) {
					if (text.equals(msg("worksheet.column." + column, l).toLowerCase(Locale.ROOT))) {
						columns.putIfAbsent(column, cell.getColumnIndex());
					}
				}
			}
		}
		return columns;
	}

	/** An indicator number as Excel shows it ("3", or "3.0" from a formatted cell); null when it is none. */
	private static Integer parseNumber(String text) {
		try {
			BigDecimal n = Numbers.decimal(text);
			return n.stripTrailingZeros().scale() <= 0 ? n.intValueExact() : null;
		}
		catch (RuleViolationException | ArithmeticException e) {
			return null;
		}
	}

	/** A level cell that is no number keeps its own message; one too long gets the bound's. */
	private static ImportError levelError(int excelRow, String column, String levelText, RuleViolationException e) {
		if (e.getMessageKey().equals(Numbers.NOT_A_NUMBER)) {
			return ImportError.at(excelRow, column, "worksheet.error.levelNotANumber", FormValues.echo(levelText));
		}
		return ImportError.inCell(excelRow, column, e);
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.get(locale, key, args);
	}
}
