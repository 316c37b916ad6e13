package id.spbe.selfassessment;

import id.spbe.common.Decimals;
import id.spbe.instrument.InstrumentDefinition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The level cells of the worksheet: numbers written as the instrument takes them and a drop-down
 * of the allowed levels. POI writes every number as a Java double ("3.0" in the file, which other
 * tools read back as a fraction), so the cell's stored value is replaced by the plain decimal ("3",
 * "2.5"). The allowed levels (1-5, or 1.00-5.00 in steps of 0.01 for Pemdi) are listed on a
 * hidden sheet under the name {@value #NAME}; a list validation on that name gives the drop-down
 * and refuses anything else in Excel and LibreOffice, while the import checks again.
 */
final class WorksheetLevels {

	static final String NAME = "levels";

	private WorksheetLevels() {
	}

	/** The levels the instrument allows, lowest first. */
	static List<BigDecimal> allowed(InstrumentDefinition instrument) {
		BigDecimal step = instrument.fractionalValues() ? new BigDecimal("0.01") : BigDecimal.ONE;
		List<BigDecimal> levels = new ArrayList<>();
		for (BigDecimal l = instrument.scaleMin(); l.compareTo(instrument.scaleMax()) <= 0; l = l.add(step)) {
			levels.add(l);
		}
		return levels;
	}

	/** Writes a number into a cell as the plain decimal, numeric for every spreadsheet. */
	static void number(Cell cell, BigDecimal value) {
		cell.setCellValue(value.doubleValue());
		((XSSFCell) cell).getCTCell().setV(Decimals.plain(value));
	}

	/** Messages of the drop-down: a prompt and the refusal, each a title and a text. */
	record DropDownTexts(String promptTitle, String prompt, String errorTitle, String error) {
	}

	/**
	 * Lists the allowed levels on a hidden sheet and puts the drop-down on rows {@code first} to
	 * {@code last} (0-based) of column {@code column} of {@code sheet}.
	 */
	static void dropDown(XSSFWorkbook wb, Sheet sheet, InstrumentDefinition instrument, String listSheetName,
			int first, int last, int column, DropDownTexts texts) {
		Sheet list = wb.createSheet(listSheetName);
		List<BigDecimal> levels = allowed(instrument);
		for (int i = 0; i < levels.size(); i++) {
			number(list.createRow(i).createCell(0), levels.get(i));
		}
		wb.setSheetHidden(wb.getSheetIndex(list), true);
		Name name = wb.createName();
		name.setNameName(NAME);
		name.setRefersToFormula("'" + listSheetName.replace("'", "''") + "'!$A$1:$A$" + levels.size());
		if (last < first) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createFormulaListConstraint(NAME);
		DataValidation validation = helper.createValidation(constraint, new CellRangeAddressList(first, last, column, column));
		validation.setSuppressDropDownArrow(true);
		validation.setEmptyCellAllowed(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox(texts.errorTitle(), texts.error());
		validation.setShowPromptBox(true);
		validation.createPromptBox(texts.promptTitle(), texts.prompt());
		sheet.addValidationData(validation);
	}
}
