package bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The load test's uploads: 1 MB PDFs, each different. */
final class Pdfs {

	static final int PDF_BYTES = 1024 * 1024;

	private Pdfs() {
	}

	/**
	 * A valid one-page PDF of about 1 MB, different for every name (its text names it), so that no
	 * upload is recognised as a duplicate of another: the content stream draws the name, then pads
	 * with comment lines, which readers skip.
	 */
	static byte[] named(String name) {
		StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 770 Td (" + name + ") Tj ET\n");
		String pad = "% uji beban: bukti dukung berukuran satu megabita untuk pengujian unggahan\n";
		while (content.length() < PDF_BYTES - 1024) {
			content.append(pad);
		}
		String[] objects = {
				"<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "endstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>" };
		ByteArrayOutputStream out = new ByteArrayOutputStream(PDF_BYTES + 4096);
		List<Integer> offsets = new ArrayList<>();
		write(out, "%PDF-1.4\n");
		for (int i = 0; i < objects.length; i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
		}
		table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
				.append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}
}
