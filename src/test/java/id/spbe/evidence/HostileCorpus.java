package id.spbe.evidence;

import static java.util.Map.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile files every upload must refuse: those in {@code src/test/resources/hostile/} (see
 * its README.md), each with the refusal it must get, and two too large to keep there, built when a
 * test asks. A new case found in the wild goes into the folder and into {@link #EXPECTED}.
 */
public final class HostileCorpus {

	/** Corpus file name -> the message key of its refusal. */
	public static final Map<String, String> EXPECTED = new TreeMap<>(Map.ofEntries(
			entry("macro.docx", "evidence.error.macros"),
			entry("docm-renamed.docx", "evidence.error.macros"),
			entry("activex.docx", "evidence.error.macros"),
			entry("macro.xls", "evidence.error.macros"),
			entry("macro.odt", "evidence.error.macros"),
			entry("setup-exe.docx", "evidence.error.executable"),
			entry("program-as-image.docx", "evidence.error.executable"),
			entry("packaged-program.docx", "evidence.error.executable"),
			entry("xlsx-renamed.docx", "evidence.error.disguised"),
			entry("wrong-mimetype.odt", "evidence.error.disguised"),
			entry("path-traversal.docx", "evidence.error.unsafePart"),
			entry("duplicate-part.docx", "evidence.error.unsafePart"),
			entry("lying-sizes.docx", "evidence.error.unpackLimit"),
			entry("protected.docx", "evidence.error.protected"),
			entry("protected.xls", "evidence.error.protected"),
			entry("protected.odt", "evidence.error.protected"),
			entry("javascript.pdf", "evidence.error.pdfActive"),
			entry("escaped-javascript.pdf", "evidence.error.pdfActive"),
			entry("launch.pdf", "evidence.error.pdfActive"),
			entry("javascript-in-object-stream.pdf", "evidence.error.pdfActive"),
			entry("undecodable-object-stream.pdf", "evidence.error.pdfUnchecked")));

	/** Declared and real size of the bomb's one part. */
	public static final long BOMB_SIZE = 1L << 30;

	private HostileCorpus() {
	}

	public static byte[] bytes(String name) throws IOException {
		try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/" + name)) {
			if (in == null) {
				throw new IOException("not in the corpus: " + name);
			}
			return in.readAllBytes();
		}
	}

	/**
	 * A ZIP of about 1 MB, named .docx, whose [Content_Types].xml inflates to 1 GiB of spaces after a
	 * valid start: the upload that took 1.1 GB of heap. The deflated data is one flushed megabyte
	 * repeated, so that building it takes a second rather than deflating a gigabyte.
	 */
	public static byte[] bomb() {
		byte[] head = ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
				+ ".wordprocessingml.document.main+xml\"/>").getBytes(StandardCharsets.US_ASCII);
		byte[] tail = "</Types>".getBytes(StandardCharsets.US_ASCII);
		byte[] spaces = new byte[1 << 20];
		java.util.Arrays.fill(spaces, (byte) ' ');
		long repeats = (BOMB_SIZE - head.length - tail.length) / spaces.length;
		byte[] deflatedHead = deflate(head, false);
		byte[] deflatedSpaces = deflate(spaces, false);
		byte[] deflatedTail = deflate(tail, true);
		CRC32 crc = new CRC32();
		crc.update(head);
		for (long i = 0; i < repeats; i++) {
			crc.update(spaces);
		}
		crc.update(tail);
		long size = head.length + repeats * spaces.length + tail.length;
		long compressed = deflatedHead.length + repeats * deflatedSpaces.length + deflatedTail.length;
		byte[] name = "[Content_Types].xml".getBytes(StandardCharsets.US_ASCII);
		Le out = new Le();
		out.i32(0x04034b50).i16(20).i16(0).i16(8).i32(0).i32(crc.getValue()).i32(compressed).i32(size).i16(name.length)
				.i16(0).bytes(name).bytes(deflatedHead);
		for (long i = 0; i < repeats; i++) {
			out.bytes(deflatedSpaces);
		}
		out.bytes(deflatedTail);
		int directory = out.size();
		out.i32(0x02014b50).i16(20).i16(20).i16(0).i16(8).i32(0).i32(crc.getValue()).i32(compressed).i32(size)
				.i16(name.length).i16(0).i16(0).i16(0).i16(0).i32(0).i32(0).bytes(name);
		int directorySize = out.size() - directory;
		out.i32(0x06054b50).i16(0).i16(0).i16(1).i16(1).i32(directorySize).i32(directory).i16(0);
		return out.toByteArray();
	}

	/** A .docx with one part more than a package may have. */
	public static void manyParts(Path target) throws IOException {
		try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
			for (int i = 0; i <= ReadBudget.MAX_PARTS; i++) {
				zip.putNextEntry(new ZipEntry("word/p" + i + ".xml"));
				zip.write('x');
			}
		}
	}

	// raw deflate data ending on a byte boundary (a full flush), so that pieces can be concatenated;
	// the last piece holds the final block
	private static byte[] deflate(byte[] data, boolean last) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(data);
		if (last) {
			deflater.finish();
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		int n;
		do {
			n = deflater.deflate(buffer, 0, buffer.length, last ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
			out.write(buffer, 0, n);
		}
		while (n == buffer.length || last && !deflater.finished());
		deflater.end();
		return out.toByteArray();
	}

	/** Little-endian writer for ZIP headers. */
	private static final class Le extends java.io.ByteArrayOutputStream {

		Le i16(int v) {
			write(v);
			write(v >> 8);
			return this;
		}

		Le i32(long v) {
			return i16((int) v).i16((int) (v >> 16));
		}

		Le bytes(byte[] b) {
			write(b, 0, b.length);
			return this;
		}
	}
}
