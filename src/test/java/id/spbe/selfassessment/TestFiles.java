package id.spbe.selfassessment;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/** Real small files for upload tests. */
public final class TestFiles {

	private TestFiles() {
	}

	static byte[] pdf() {
		return pdf("Bukti dukung uji " + System.nanoTime());
	}

	public static byte[] pdf(String text) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document d = new Document();
		PdfWriter.getInstance(d, out);
		d.open();
		d.add(new Paragraph(text));
		d.close();
		return out.toByteArray();
	}
}
