package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.LittleEndian;

/**
 * OLE2 compound files: the legacy .doc, .xls and .ppt, the container of a password-protected
 * .docx/.xlsx/.pptx, and OLE objects embedded in documents. Read with POI from the file on disk
 * (POI maps the file, nothing is inflated: OLE2 is not compressed, so the work is bounded by the
 * file's size) and walked with a bound on the number of entries.
 */
final class OleDocuments {

	static final String GENERIC = "application/x-tika-msoffice";

	// VBA projects: Word's "Macros", Excel's "_VBA_PROJECT_CUR", and the "VBA" storage inside both
	private static final Set<String> MACROS = Set.of("Macros", "_VBA_PROJECT_CUR", "VBA", "_VBA_PROJECT");
	// a file packaged into the document with Windows' Object Packager, and packaged OOXML content
	private static final String PACKAGED_FILE = "\u0001Ole10Native";
	private static final String PACKAGE = "Package";
	private static final int HEAD = 4096;
	private static final int WORD_ENCRYPTED = 0x0100;
	private static final int XLS_FILEPASS = 0x002F;
	private static final int XLS_BOUNDSHEET = 0x0085;

	private OleDocuments() {
	}

	/**
	 * The type of a received OLE2 file, once it is known to carry no password, macros or programs.
	 *
	 * @return application/msword, application/vnd.ms-excel, application/vnd.ms-powerpoint, or
	 *         {@link #GENERIC} for another OLE2 file (an installer, an Outlook message, ...)
	 */
	static String inspect(Path path, ReadBudget budget) {
		try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			// an encrypted OOXML document: the package is inside, encrypted (MS-OFFCRYPTO)
			if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
				throw RuleViolationException.badInput("evidence.error.protected", budget.fileName());
			}
			walk(root, budget, null);
			if (root.hasEntry("WordDocument")) {
				requireNotProtected((readShortAt(root, "WordDocument", 10) & WORD_ENCRYPTED) != 0, budget);
				return "application/msword";
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				requireNotProtected(excelEncrypted(root, root.hasEntry("Workbook") ? "Workbook" : "Book"), budget);
				return "application/vnd.ms-excel";
			}
			if (root.hasEntry("PowerPoint Document")) {
				requireNotProtected(root.hasEntry("EncryptedSummary"), budget);
				return "application/vnd.ms-powerpoint";
			}
			return GENERIC;
		}
		catch (RuleViolationException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// POI reports a malformed file by many exception types; none of them is the user's fault to read
			throw RuleViolationException.badInput("evidence.error.damaged", budget.fileName());
		}
	}

	/**
	 * Checks an OLE object embedded in a package (counted on {@code budget} as it is inflated): it
	 * is copied next to the received file, since POI reads a file without loading it whole.
	 */
	static void checkEmbedded(InputStream content, String part, Path dir, ReadBudget budget) throws IOException {
		Path copy = Files.createTempFile(dir, "ole-", ".part");
		try {
			try (OutputStream out = Files.newOutputStream(copy)) {
				content.transferTo(out);
			}
			try (POIFSFileSystem fs = new POIFSFileSystem(copy.toFile(), true)) {
				walk(fs.getRoot(), budget, part);
			}
			catch (RuleViolationException e) {
				throw e;
			}
			catch (IOException | RuntimeException e) {
				throw RuleViolationException.badInput("evidence.error.damaged", budget.fileName());
			}
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	// every storage and stream, breadth first and counted: a crafted directory may be deep or loop;
	// a refusal names the package part holding the object, or else the stream
	private static void walk(DirectoryEntry root, ReadBudget budget, String part) throws IOException {
		Deque<DirectoryEntry> open = new ArrayDeque<>();
		open.add(root);
		int seen = 0;
		while (!open.isEmpty()) {
			for (Entry entry : open.removeFirst()) {
				if (++seen > ReadBudget.MAX_PARTS) {
					throw budget.tooMuch();
				}
				budget.checkTime();
				if (MACROS.contains(entry.getName())) {
					throw RuleViolationException.badInput("evidence.error.macros", budget.fileName());
				}
				if (entry instanceof DirectoryEntry dir) {
					open.add(dir);
				}
				else if (entry.getName().equals(PACKAGED_FILE) || entry.getName().equals(PACKAGE)) {
					checkPackaged((DocumentEntry) entry, budget, part);
				}
			}
		}
	}

	private static void checkPackaged(DocumentEntry entry, ReadBudget budget, String part) throws IOException {
		byte[] head = new byte[HEAD];
		int n;
		try (DocumentInputStream in = new DocumentInputStream(entry)) {
			n = in.readNBytes(head, 0, HEAD);
		}
		boolean program = entry.getName().equals(PACKAGE) ? Programs.isExecutable(head, n)
				: Programs.inPackagedFile(head, n);
		if (program) {
			throw RuleViolationException.badInput("evidence.error.executable", budget.fileName(),
					part != null ? part : entry.getName().replace("\u0001", ""));
		}
	}

	private static int readShortAt(DirectoryEntry dir, String stream, int offset) throws IOException {
		try (DocumentInputStream in = ((DirectoryNode) dir).createDocumentInputStream(stream)) {
			byte[] b = in.readNBytes(offset + 2);
			return b.length < offset + 2 ? 0 : LittleEndian.getUShort(b, offset);
		}
	}

	// BIFF records until the first sheet: a FILEPASS record there means the workbook is encrypted
	private static boolean excelEncrypted(DirectoryNode root, String stream) throws IOException {
		try (DocumentInputStream in = root.createDocumentInputStream(stream)) {
			for (int i = 0; i < 100 && in.available() >= 4; i++) {
				int type = in.readUShort();
				int length = in.readUShort();
				if (type == XLS_FILEPASS) {
					return true;
				}
				if (type == XLS_BOUNDSHEET || in.skip(length) < length) {
					return false;
				}
			}
			return false;
		}
	}

	private static void requireNotProtected(boolean encrypted, ReadBudget budget) {
		if (encrypted) {
			throw RuleViolationException.badInput("evidence.error.protected", budget.fileName());
		}
	}
}
