package id.spbe.dashboard;

import id.spbe.common.Decimals;
import id.spbe.common.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The filtered agency table as CSV (UTF-8 with a byte-order mark, so Excel reads the names) and
 * as an Excel workbook (POI), with headers in the request's language. Names that start like a
 * formula are written as text, so a spreadsheet never runs them.
 */
@Component
class DashboardExport {

	/** One column: its header's message key and the value of a row. */
	private record Column(String header, Function<Dashboard.TableRow, Object> value) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("dashboard.column.agency", r -> r.agency().name()),
			new Column("dashboard.column.type", r -> r.agency().type().name()),
			new Column("dashboard.column.province", r -> r.agency().province()),
			new Column("dashboard.column.state", r -> r.agency().state().name()),
			new Column("dashboard.column.indicators", r -> r.agency().figures().indicators()),
			new Column("dashboard.column.levels", r -> r.agency().figures().levels()),
			new Column("dashboard.column.justified", r -> r.agency().figures().justified()),
			new Column("dashboard.column.evidenced", r -> r.agency().figures().evidenced()),
			new Column("dashboard.column.approved", r -> r.agency().figures().approved()),
			new Column("dashboard.column.selfIndex", Dashboard.TableRow::selfIndex),
			new Column("dashboard.column.selfPredikat", Dashboard.TableRow::selfPredikat),
			new Column("dashboard.column.finalIndex", Dashboard.TableRow::finalIndex),
			new Column("dashboard.column.finalPredikat", Dashboard.TableRow::finalPredikat));

	private final Messages messages;

	DashboardExport(Messages messages) {
		this.messages = messages;
	}

	byte[] csv(List<Dashboard.TableRow> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		out.append(String.join(",", COLUMNS.stream().map(c -> csvField(messages.get(c.header()))).toList())).append("\r\n");
		for (Dashboard.TableRow r : rows) {
			out.append(String.join(",", COLUMNS.stream().map(c -> csvField(text(c.value().apply(r)))).toList()))
					.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(List<Dashboard.TableRow> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(messages.get("dashboard.sheet"));
			CellStyle decimals = book.createCellStyle();
			decimals.setDataFormat(book.createDataFormat().getFormat(Decimals.EXCEL_INDEX_FORMAT));
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(messages.get(COLUMNS.get(i).header()));
				sheet.setColumnWidth(i, (i == 0 ? 45 : 14) * 256);
			}
			int n = 1;
			for (Dashboard.TableRow r : rows) {
				Row row = sheet.createRow(n++);
				for (int i = 0; i < COLUMNS.size(); i++) {
					Object v = COLUMNS.get(i).value().apply(r);
					if (v instanceof Integer count) {
						row.createCell(i).setCellValue(count);
					}
					else if (v instanceof BigDecimal index) {
						// a shown index has two decimals, which a double holds exactly enough for a cell
						var cell = row.createCell(i);
						cell.setCellValue(index.doubleValue());
						cell.setCellStyle(decimals);
					}
					else if (v != null) {
						// POI writes strings as text cells: a leading "=" is never a formula there
						row.createCell(i).setCellValue(v.toString());
					}
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
	}

	/** A CSV field: quoted when needed; a leading =, +, - or @ made text with a quote mark. */
	static String csvField(String value) {
		String v = value;
		if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
			v = "'" + v;
		}
		if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
			v = "\"" + v.replace("\"", "\"\"") + "\"";
		}
		return v;
	}
}
