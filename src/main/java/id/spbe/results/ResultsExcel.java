package id.spbe.results;

import id.spbe.common.Decimals;
import id.spbe.common.Messages;
import id.spbe.evaluation.Stage;
import id.spbe.externalindex.ExternalScoreView;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The results as an Excel workbook (Apache POI), one sheet per level of detail: overall index per
 * stage; domains and aspects per complete stage; indicators with the level at every stage, the
 * gap and the recommendation. Indices and levels are numeric cells with a number format, so that
 * Excel shows them with the reader's decimal separator (2,46 in Indonesian); empty where not set.
 */
@Component
class ResultsExcel {

	private final Messages messages;

	ResultsExcel(Messages messages) {
		this.messages = messages;
	}

	byte[] export(Results r, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle decimals = book.createCellStyle();
			decimals.setDataFormat(book.createDataFormat().getFormat(Decimals.EXCEL_INDEX_FORMAT));
			CellStyle levels = decimals;
			if (!r.instrument().fractionalValues()) {
				levels = book.createCellStyle();
				levels.setDataFormat(book.createDataFormat().getFormat(Decimals.EXCEL_WHOLE_FORMAT));
			}
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			overall(book.createSheet(messages.get(locale, "results.sheet.overall")), r, locale, bold, decimals);
			groups(book.createSheet(messages.get(locale, "results.sheet.groups")), r, locale, bold, decimals);
			indicators(book.createSheet(messages.get(locale, "results.sheet.indicators")), r, locale, bold, levels);
			if (!r.externalValues().isEmpty()) {
				externals(book.createSheet(messages.get(locale, "external.results.title")), r, locale, bold, decimals);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void overall(Sheet sheet, Results r, Locale locale, CellStyle bold, CellStyle decimals) {
		text(sheet.createRow(0), 0, r.ws().evaluation().agencyName(), bold);
		text(sheet.createRow(1), 0, r.ws().evaluation().periodName() + " · " + r.instrument().name().in(locale), null);
		Row head = sheet.createRow(3);
		String[] titles = { messages.get(locale, "review.stage"), messages.get(locale, "results.index"),
				messages.get(locale, "results.predikat"), messages.get(locale, "results.scoredCount"),
				messages.get(locale, "results.totalCount") };
		for (int i = 0; i < titles.length; i++) {
			text(head, i, titles[i], bold);
		}
		int n = 4;
		for (Stage s : r.stages()) {
			IndexResult x = r.index(s);
			Row row = sheet.createRow(n++);
			text(row, 0, messages.get(locale, "stage." + s), null);
			number(row, 1, x.complete() ? x.overall() : null, decimals);
			text(row, 2, x.complete() ? x.predikat().in(locale) : null, null);
			row.createCell(3).setCellValue(x.scored());
			row.createCell(4).setCellValue(x.total());
		}
		widths(sheet, 5);
	}

	private void groups(Sheet sheet, Results r, Locale locale, CellStyle bold, CellStyle decimals) {
		List<Stage> complete = r.stages().stream().filter(s -> r.index(s).complete()).toList();
		Row head = sheet.createRow(0);
		text(head, 0, messages.get(locale, "results.level"), bold);
		text(head, 1, messages.get(locale, "results.code"), bold);
		text(head, 2, messages.get(locale, "results.name"), bold);
		text(head, 3, messages.get(locale, "results.weight"), bold);
		for (int i = 0; i < complete.size(); i++) {
			text(head, 4 + i, messages.get(locale, "stage." + complete.get(i)), bold);
		}
		int n = 1;
		for (InstrumentDefinition.Domain d : r.instrument().domains()) {
			Row row = sheet.createRow(n++);
			group(row, messages.get(locale, "results.domain"), d.code(), d.name().in(locale), d.weight());
			for (int i = 0; i < complete.size(); i++) {
				number(row, 4 + i, r.index(complete.get(i)).domains().get(d.code()), decimals);
			}
		}
		for (InstrumentDefinition.Aspect a : r.instrument().allAspects()) {
			Row row = sheet.createRow(n++);
			group(row, messages.get(locale, "results.aspect"), a.code(), a.name().in(locale), a.weight());
			for (int i = 0; i < complete.size(); i++) {
				number(row, 4 + i, r.index(complete.get(i)).aspects().get(a.code()), decimals);
			}
		}
		widths(sheet, 4 + complete.size());
	}

	/** Levels and gaps as numbers in {@code levels}' format (whole for SPBE, two decimals for Pemdi). */
	private void indicators(Sheet sheet, Results r, Locale locale, CellStyle bold, CellStyle levels) {
		Row head = sheet.createRow(0);
		text(head, 0, messages.get(locale, "evaluation.indicatorNo"), bold);
		text(head, 1, messages.get(locale, "evaluation.indicator"), bold);
		text(head, 2, messages.get(locale, "results.weight"), bold);
		int c = 3;
		for (Stage s : r.stages()) {
			text(head, c++, messages.get(locale, "stage." + s), bold);
		}
		boolean assessors = r.stages().size() > 1;
		if (assessors) {
			text(head, c++, messages.get(locale, "results.gap"), bold);
			text(head, c, messages.get(locale, "review.recommendation"), bold);
		}
		int n = 1;
		for (Results.Row ir : r.assessedRows()) {
			Row row = sheet.createRow(n++);
			row.createCell(0).setCellValue(ir.indicator().number());
			text(row, 1, ir.indicator().name().in(locale), null);
			number(row, 2, ir.indicator().weight(), null);
			int col = 3;
			for (Stage s : r.stages()) {
				number(row, col++, ir.at(s), levels);
			}
			if (assessors) {
				number(row, col++, ir.gap(), levels);
				text(row, col, ir.recommendation(), null);
			}
		}
		widths(sheet, 4 + r.stages().size());
	}

	/** The indicators fed by national indices, apart: index, score, value, source and date, or waiting. */
	private void externals(Sheet sheet, Results r, Locale locale, CellStyle bold, CellStyle decimals) {
		Row head = sheet.createRow(0);
		String[] titles = { messages.get(locale, "evaluation.indicatorNo"), messages.get(locale, "evaluation.indicator"),
				"", messages.get(locale, "external.score"), messages.get(locale, "external.results.value"),
				messages.get(locale, "external.source"), messages.get(locale, "external.date") };
		for (int i = 0; i < titles.length; i++) {
			text(head, i, titles[i], bold);
		}
		int n = 1;
		for (ExternalScoreView x : r.externalValues()) {
			Row row = sheet.createRow(n++);
			row.createCell(0).setCellValue(x.number());
			text(row, 1, x.indicatorName().in(locale), null);
			text(row, 2, x.indexCode(), null);
			number(row, 3, x.score(), null);
			number(row, 4, x.value(), decimals);
			text(row, 5, x.arrived() ? x.source() : messages.get(locale, "external.waiting"), null);
			text(row, 6, x.date() == null ? null : x.date().toString(), null);
		}
		widths(sheet, 7);
	}

	private static void group(Row row, String kind, String code, String name, BigDecimal weight) {
		text(row, 0, kind, null);
		text(row, 1, code, null);
		text(row, 2, name, null);
		number(row, 3, weight, null);
	}

	private static void text(Row row, int col, String value, CellStyle style) {
		if (value != null) {
			row.createCell(col).setCellValue(value);
			if (style != null) {
				row.getCell(col).setCellStyle(style);
			}
		}
	}

	private static void number(Row row, int col, BigDecimal value, CellStyle style) {
		if (value != null) {
			row.createCell(col).setCellValue(value.doubleValue());
			if (style != null) {
				row.getCell(col).setCellStyle(style);
			}
		}
	}

	// fixed widths: autoSizeColumn needs fonts installed on the server
	private static void widths(Sheet sheet, int columns) {
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, (i == 1 || i == 2 ? 40 : 16) * 256);
		}
	}
}
