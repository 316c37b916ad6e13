package id.spbe.instrument;

import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** One non-empty row of an imported workbook sheet: its cells by column name, and where it is. */
record WorkbookLine(String sheet, int row, Map<String, String> cells, Map<String, Integer> columns) {

	/** The stripped cell text, null when blank. */
	String text(String name) {
		String v = cells.get(name);
		return v == null || v.isBlank() ? null : v.strip();
	}

	/** The Excel column letter of a named column. */
	String column(String name) {
		return CellReference.convertNumToColString(columns.getOrDefault(name, 0));
	}
}
