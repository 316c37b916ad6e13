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
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import id.spbe.common.Messages;
import org.springframework.stereotype.Component;

/**
 * The self-assessment worksheet in Excel (Apache POI): row 1 names the instrument and its version,
 * row 2 the agency and period, row 4 the headers, then one row per indicator (domain, aspect,
 * indicator, level, justification, evidence names and links, assignee, entry version).
 * {@link WorksheetReader} reads the same layout back. Column widths are fixed: POI's auto-size
 * needs fonts on the server.
 */
@Component
class WorksheetExport {

	static final int HEADER_ROW = 3;
	static final String[] COLUMNS = { "number", "domain", "aspect", "indicator", "level", "justification", "evidence",
			"assignee", "version" };

	private final Messages messages;

	WorksheetExport(Messages messages) {
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
