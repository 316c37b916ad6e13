package id.spbe.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small valid files of the accepted types, made as their usual writers make them, for the type check to accept. */
final class ValidFiles {

	private ValidFiles() {
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			d.createParagraph().createRun().setText("Surat Keputusan");
			d.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("Data").createRow(0).createCell(0).setCellValue("layanan");
			wb.write(out);
			return out.toByteArray();
		}
	}

	static byte[] pptx() throws IOException {
		try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			show.createSlide();
			show.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xls() throws IOException {
		try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			wb.createSheet("Data").createRow(0).createCell(0).setCellValue("layanan");
			wb.write(out);
			return out.toByteArray();
		}
	}

	// an OLE2 file with one stream, enough for the type check to tell Word, PowerPoint or neither
	static byte[] ole(String stream, byte[] content) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fs.createDocument(new ByteArrayInputStream(content), stream);
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
		return out.toByteArray();
	}

	// a PDF whose catalog is compressed in an object stream, as PDF 1.5 writers do
	static byte[] objectStreamPdf(String catalog) throws IOException {
		String objects = "1 0 " + catalog;
		byte[] data = deflate(objects);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("%PDF-1.5\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + data.length
				+ " >>\nstream\r\n").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(data);
		out.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}
	/** A minimal OpenDocument package: the stored mimetype first, content and manifest. */
	static byte[] openDocument(String mimetype) throws IOException {
		byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(type.length);
			CRC32 crc = new CRC32();
			crc.update(type);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(type);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
					+ "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.2\"><office:body/>"
					+ "</office:document-content>").getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest="
					+ "\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" "
					+ "manifest:media-type=\"" + mimetype + "\"/></manifest:manifest>").getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/** A ZIP archive of the parts given as name, content, name, content, ... */
	static byte[] zip(String... namesAndContents) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
			}
		}
		return out.toByteArray();
	}

	static byte[] deflate(String text) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
			deflater.write(text.getBytes(StandardCharsets.ISO_8859_1));
		}
		return out.toByteArray();
	}
}
