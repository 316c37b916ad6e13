package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * ZIP-based office documents: OOXML (.docx, .xlsx, .pptx) and OpenDocument (.odt, .ods, .odp).
 * The ZIP's central directory is read from the file on disk and judged before anything is
 * inflated (number of parts, declared sizes, compression ratios, part names); then only the few
 * parts that must be read are inflated, each counted on the {@link ReadBudget} and cut off at its
 * declared size. The type is the one the package declares for its main part, matched exactly, so
 * a macro-enabled document, a template or a workbook renamed .docx does not pass as a document.
 */
final class OfficePackages {

	private static final int MAX_RATIO = 100;
	// text parts of a megabyte or less may compress very well without doing harm; the total bounds them
	private static final long RATIO_FLOOR = 1024 * 1024;
	private static final int MAX_CONTENT_TYPES = 1024 * 1024;
	private static final int MAX_MIMETYPE = 100;
	private static final int HEAD = 8;
	private static final String CONTENT_TYPES = "[Content_Types].xml";
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };
	// the OOXML main parts a document may declare; the document type is the name without ".main+xml"
	private static final Set<String> OOXML_MAIN = Set.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
			"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml",
			"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml");
	private static final String MAIN = ".main+xml";

	private OfficePackages() {
	}

	/**
	 * The document type the package declares: for OOXML the media type of its main part's document
	 * (application/vnd.openxmlformats-officedocument.wordprocessingml.document, ...), for
	 * OpenDocument the content of its {@code mimetype} part; application/zip when it declares none.
	 *
	 * @throws RuleViolationException BAD_INPUT when the package passes a limit, is damaged, has an
	 *                                unsafe part name, or holds macros, ActiveX controls, programs or a password
	 */
	static String inspect(Path path, boolean openDocument, ReadBudget budget) throws IOException {
		try (ZipFile zip = new ZipFile(path.toFile())) {
			List<ZipEntry> parts = listed(zip, budget);
			parts.forEach(part -> PackageParts.checkName(part.getName(), budget.fileName()));
			String type = openDocument ? openDocumentType(zip, budget) : ooxmlType(zip, budget);
			for (ZipEntry part : parts) {
				checkContent(zip, part, path.getParent(), budget);
			}
			return type;
		}
		catch (ZipException | java.io.EOFException e) {
			// a truncated or corrupt package, found when the directory or a part does not inflate
			throw damaged(budget);
		}
	}

	// the central directory alone: nothing is inflated until the package is known to be in bounds
	private static List<ZipEntry> listed(ZipFile zip, ReadBudget budget) {
		if (zip.size() > ReadBudget.MAX_PARTS) {
			throw budget.tooMuch();
		}
		List<ZipEntry> parts = new ArrayList<>(Collections.list(zip.entries()));
		Set<String> names = new HashSet<>();
		long total = 0;
		for (ZipEntry part : parts) {
			long size = part.getSize();
			long compressed = part.getCompressedSize();
			if (size < 0 || compressed < 0) {
				throw damaged(budget);
			}
			total += size;
			if (total > ReadBudget.MAX_INFLATED || size > RATIO_FLOOR && size / Math.max(compressed, 1) > MAX_RATIO) {
				throw budget.tooMuch();
			}
			// part names are case-insensitive (OPC): two parts of one name let readers see different documents
			if (!names.add(part.getName().toLowerCase(Locale.ROOT))) {
				throw RuleViolationException.badInput("evidence.error.unsafePart", budget.fileName(),
						PackageParts.printable(part.getName()));
			}
		}
		return parts;
	}

	// the first bytes of every part: a program, or an OLE object to look into
	private static void checkContent(ZipFile zip, ZipEntry part, Path tempDir, ReadBudget budget) throws IOException {
		if (part.isDirectory() || part.getSize() == 0) {
			return;
		}
		byte[] head = new byte[HEAD];
		int n;
		try (InputStream in = open(zip, part, budget)) {
			n = in.readNBytes(head, 0, HEAD);
		}
		if (Programs.isExecutable(head, n)) {
			throw RuleViolationException.badInput("evidence.error.executable", budget.fileName(),
					PackageParts.printable(part.getName()));
		}
		if (n == HEAD && Arrays.equals(head, OLE2)) {
			try (InputStream in = open(zip, part, budget)) {
				OleDocuments.checkEmbedded(in, PackageParts.printable(part.getName()), tempDir, budget);
			}
		}
	}

	private static String ooxmlType(ZipFile zip, ReadBudget budget) throws IOException {
		ZipEntry types = zip.getEntry(CONTENT_TYPES);
		if (types == null) {
			return "application/zip";
		}
		List<String[]> declared = contentTypes(read(zip, types, MAX_CONTENT_TYPES, budget), budget);
		String found = null;
		for (String[] declaration : declared) {
			String contentType = declaration[1];
			// macro projects, ActiveX controls and macro-enabled main parts, whatever their part names
			if (contentType.contains("macroEnabled") || contentType.contains("vbaProject") || contentType.contains("vbaData")
					|| contentType.contains("activeX")) {
				throw RuleViolationException.badInput("evidence.error.macros", budget.fileName());
			}
			if (OOXML_MAIN.contains(contentType)) {
				String document = contentType.substring(0, contentType.length() - MAIN.length());
				// one document type, and a main part named by an Override must be there
				if (found != null && !found.equals(document)
						|| declaration[0] != null && zip.getEntry(declaration[0].replaceFirst("^/", "")) == null) {
					throw damaged(budget);
				}
				found = document;
			}
		}
		return found == null ? "application/zip" : found;
	}

	// [PartName, ContentType] of each Override, and [null, ContentType] of each Default (by extension)
	private static List<String[]> contentTypes(byte[] xml, ReadBudget budget) {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		List<String[]> found = new ArrayList<>();
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					String key = reader.getAttributeValue(null, "PartName");
					String type = reader.getAttributeValue(null, "ContentType");
					if (type != null) {
						found.add(new String[] { key, type.strip() });
					}
				}
			}
			reader.close();
		}
		catch (XMLStreamException e) {
			throw damaged(budget);
		}
		return found;
	}

	private static String openDocumentType(ZipFile zip, ReadBudget budget) throws IOException {
		ZipEntry mimetype = zip.getEntry("mimetype");
		if (mimetype == null) {
			return "application/zip";
		}
		String type = new String(read(zip, mimetype, MAX_MIMETYPE, budget), StandardCharsets.US_ASCII).strip();
		ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
		// an encrypted OpenDocument keeps its manifest readable and lists how each part is encrypted
		if (manifest != null && new String(read(zip, manifest, MAX_CONTENT_TYPES, budget), StandardCharsets.UTF_8)
				.contains("encryption-data")) {
			throw RuleViolationException.badInput("evidence.error.protected", budget.fileName());
		}
		return type.matches("[a-z0-9.+/-]{1,100}") ? type : "application/zip";
	}

	private static byte[] read(ZipFile zip, ZipEntry part, int max, ReadBudget budget) throws IOException {
		if (part.getSize() > max) {
			throw budget.tooMuch();
		}
		try (InputStream in = open(zip, part, budget)) {
			return in.readAllBytes();
		}
	}

	private static InputStream open(ZipFile zip, ZipEntry part, ReadBudget budget) throws IOException {
		return budget.counted(zip.getInputStream(part), part.getSize());
	}

	private static RuleViolationException damaged(ReadBudget budget) {
		return RuleViolationException.badInput("evidence.error.damaged", budget.fileName());
	}
}
