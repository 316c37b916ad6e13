package id.spbe.instrument;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook in the layout of {@link InstrumentWorkbook}: every cell that is not what its
 * column needs is one problem naming sheet, row and column, and any problem refuses the whole
 * file. The size is checked before POI opens it; POI's own zip-bomb guard (inflate ratio) applies.
 */
final class WorkbookReader {

	private final DataFormatter format = new DataFormatter(Locale.ROOT);
	private final List<ImportProblem> problems = new ArrayList<>();

	private WorkbookReader() {
	}

	static InstrumentDefinition read(byte[] file, long maxBytes) {
		if (file.length > maxBytes) {
			throw new InstrumentImportException(ImportProblem.atCell(null, null, null, "instrument.import.tooLarge", maxBytes / 1024));
		}
		WorkbookReader reader = new WorkbookReader();
		Map<String, List<WorkbookLine>> sheets = new HashMap<>();
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (String name : InstrumentWorkbook.HEADERS.keySet()) {
				sheets.put(name, reader.lines(wb, name));
			}
		}
		catch (InstrumentImportException e) {
			throw e;
		}
		catch (Exception | LinkageError e) {
			throw new InstrumentImportException(ImportProblem.atCell(null, null, null, "instrument.import.notWorkbook"));
		}
		InstrumentDefinition tree = WorkbookTrees.build(reader, sheets);
		if (!reader.problems.isEmpty()) {
			throw new InstrumentImportException(reader.problems);
		}
		return tree;
	}

	private List<WorkbookLine> lines(Workbook wb, String name) {
		Sheet sheet = wb.getSheet(name);
		List<String> expected = InstrumentWorkbook.HEADERS.get(name);
		if (sheet == null) {
			problems.add(ImportProblem.atCell(name, null, null, "instrument.import.noSheet", name));
			return List.of();
		}
		Map<String, Integer> columns = new LinkedHashMap<>();
		Row header = sheet.getRow(0);
		for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
			columns.put(format.formatCellValue(header.getCell(c)).strip(), c);
		}
		for (String column : expected) {
			if (!columns.containsKey(column)) {
				problems.add(ImportProblem.atCell(name, 1, null, "instrument.import.noColumn", column));
			}
		}
		List<WorkbookLine> lines = new ArrayList<>();
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Map<String, String> cells = new HashMap<>();
			boolean empty = true;
			for (String column : expected) {
				Integer c = columns.get(column);
				String v = row == null || c == null ? "" : format.formatCellValue(row.getCell(c));
				cells.put(column, v);
				empty &= v.isBlank();
			}
			if (!empty) {
				lines.add(new WorkbookLine(name, r + 1, cells, columns));
			}
		}
		return lines;
	}

	Integer whole(WorkbookLine line, String column, boolean required) {
		String v = line.text(column);
		if (v == null) {
			if (required) {
				problem(line, column, "instrument.import.required");
			}
			return null;
		}
		try {
			BigDecimal d = new BigDecimal(v);
			return d.stripTrailingZeros().scale() > 0 || d.abs().compareTo(new BigDecimal(1_000_000)) > 0 ? badWhole(line, column, v)
					: d.intValueExact();
		}
		catch (NumberFormatException | ArithmeticException e) {
			return badWhole(line, column, v);
		}
	}

	private Integer badWhole(WorkbookLine line, String column, String v) {
		problem(line, column, "instrument.import.notWhole", shorten(v));
		return null;
	}

	BigDecimal decimal(WorkbookLine line, String column, boolean required) {
		String v = line.text(column);
		if (v == null) {
			if (required) {
				problem(line, column, "instrument.import.required");
			}
			return null;
		}
		try {
			return id.spbe.common.Numbers.decimal(v);
		}
		catch (id.spbe.common.RuleViolationException e) {
			problem(line, column, "instrument.import.notNumber", shorten(v));
			return null;
		}
	}

	Text text(WorkbookLine line, String prefix) {
		String id = line.text(prefix + ".id");
		String en = line.text(prefix + ".en");
		return id == null && en == null ? null : new Text(id, en);
	}

	void problem(WorkbookLine line, String column, String key, Object... args) {
		problems.add(ImportProblem.atCell(line.sheet(), line.row(), line.column(column), key, args));
	}

	private static String shorten(String v) {
		return v.length() <= 50 ? v : v.substring(0, 50) + "…";
	}
}
