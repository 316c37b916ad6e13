package id.spbe.common;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The table and heading style shared by the PDFs (minutes, results report), with OpenPDF. */
public final class PdfTables {

	private PdfTables() {
	}

	/** A full-width table with relative column widths. */
	public static PdfPTable table(float... widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		return table;
	}

	/** A grey header row, repeated on every page the table runs over. */
	public static void header(PdfPTable table, Font font, String... cells) {
		for (String c : cells) {
			PdfPCell cell = new PdfPCell(new Phrase(c, font));
			cell.setGrayFill(0.9f);
			table.addCell(cell);
		}
		table.setHeaderRows(1);
	}

	/** A row of plain cells; null prints as empty. */
	public static void row(PdfPTable table, Font font, String... cells) {
		for (String c : cells) {
			table.addCell(new PdfPCell(new Phrase(c == null ? "" : c, font)));
		}
	}

	/** A section heading. */
	public static void section(Document document, Font font, String title) {
		Paragraph p = new Paragraph(title, font);
		p.setSpacingBefore(12);
		p.setSpacingAfter(4);
		document.add(p);
	}
}
