package id.spbe.setup;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Small PDF documents for demo evidence, made with OpenPDF. */
final class DemoPdf {

	private DemoPdf() {
	}

	static byte[] document(String title, List<String> paragraphs) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4);
		PdfWriter.getInstance(document, out);
		document.addTitle(title);
		document.open();
		document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Font.BOLD)));
		document.add(new Paragraph("Dokumen contoh untuk demo aplikasi evaluasi SPBE",
				FontFactory.getFont(FontFactory.HELVETICA, 9)));
		for (String p : paragraphs) {
			Paragraph paragraph = new Paragraph(p, FontFactory.getFont(FontFactory.HELVETICA, 11));
			paragraph.setSpacingBefore(8);
			document.add(paragraph);
		}
		document.close();
		return out.toByteArray();
	}
}
