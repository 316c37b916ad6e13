package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * The allow-list of evidence file types: PDF, PNG/JPEG images, office documents (Word, Excel,
 * PowerPoint, OpenDocument), plain text and CSV. The content must be of the type its extension
 * names, judged without the file name so that a renamed file cannot pass, and within a
 * {@link ReadBudget}, since a small upload can be built to unpack to gigabytes.
 *
 * <p>Apache Tika sees only the first bytes of the file (its magic numbers), so its work is bounded
 * whatever the file. Containers are opened by code that bounds its reads: ZIP packages by
 * {@link OfficePackages}, OLE2 files by {@link OleDocuments}; PDFs are scanned by
 * {@link PdfActions}. ZIP archives themselves are refused: their content is not checked.
 */
@Component
class FileTypePolicy {

	/** How a type's content is recognised. */
	private enum Family {
		MAGIC, OOXML, OPEN_DOCUMENT, OLE2
	}

	private record Allowed(String mediaType, Family family, Set<String> detected) {

		Allowed(String mediaType, Family family) {
			this(mediaType, family, Set.of(mediaType));
		}
	}

	private static final int MAX_MAGIC = 1024 * 1024;
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	private static final Map<String, Allowed> BY_EXTENSION = Map.ofEntries(
			Map.entry("pdf", new Allowed("application/pdf", Family.MAGIC)),
			Map.entry("png", new Allowed("image/png", Family.MAGIC)),
			Map.entry("jpg", new Allowed("image/jpeg", Family.MAGIC)),
			Map.entry("jpeg", new Allowed("image/jpeg", Family.MAGIC)),
			Map.entry("txt", new Allowed("text/plain", Family.MAGIC)),
			Map.entry("csv", new Allowed("text/csv", Family.MAGIC, Set.of("text/plain", "text/csv"))),
			Map.entry("doc", new Allowed("application/msword", Family.OLE2)),
			Map.entry("xls", new Allowed("application/vnd.ms-excel", Family.OLE2)),
			Map.entry("ppt", new Allowed("application/vnd.ms-powerpoint", Family.OLE2)),
			Map.entry("docx", new Allowed("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
					Family.OOXML)),
			Map.entry("xlsx", new Allowed("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					Family.OOXML)),
			Map.entry("pptx", new Allowed("application/vnd.openxmlformats-officedocument.presentationml.presentation",
					Family.OOXML)),
			Map.entry("odt", new Allowed("application/vnd.oasis.opendocument.text", Family.OPEN_DOCUMENT)),
			Map.entry("ods", new Allowed("application/vnd.oasis.opendocument.spreadsheet", Family.OPEN_DOCUMENT)),
			Map.entry("odp", new Allowed("application/vnd.oasis.opendocument.presentation", Family.OPEN_DOCUMENT)));

	/** Extensions accepted, for messages and the file input's accept attribute. */
	static final String ACCEPTED = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.csv";

	private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

	/**
	 * The media type to store and serve for a received file.
	 *
	 * @throws RuleViolationException BAD_INPUT when the extension is not allowed, the content is of
	 *                                another type than the extension says, or it passes a limit of
	 *                                the budget, is damaged, protected by a password, or carries
	 *                                macros, programs or (PDF) scripts
	 */
	String check(String fileName, PendingFile file) throws IOException {
		return check(fileName, file, ReadBudget.standard(fileName));
	}

	/** As {@link #check(String, PendingFile)}, spending {@code budget} (which tests then read). */
	String check(String fileName, PendingFile file, ReadBudget budget) throws IOException {
		String extension = extension(fileName);
		Allowed allowed = BY_EXTENSION.get(extension);
		if (allowed == null) {
			throw RuleViolationException.badInput("evidence.error.type", fileName, ACCEPTED);
		}
		byte[] head = head(file, MAX_MAGIC);
		String detected;
		if (allowed.family() != Family.MAGIC && startsWith(head, OLE2)) {
			// also a .docx: an encrypted OOXML document is an OLE2 file
			detected = OleDocuments.inspect(file.path(), budget);
		}
		else if ((allowed.family() == Family.OOXML || allowed.family() == Family.OPEN_DOCUMENT) && startsWith(head, ZIP)) {
			detected = OfficePackages.inspect(file.path(), allowed.family() == Family.OPEN_DOCUMENT, budget);
		}
		else {
			detected = sniff(head);
		}
		if (!allowed.detected().contains(detected)) {
			throw RuleViolationException.badInput("evidence.error.disguised", fileName, extension, detected);
		}
		if (allowed.mediaType().equals("application/pdf")) {
			PdfActions.check(file.path(), budget);
		}
		return allowed.mediaType();
	}

	// Tika's magic numbers and text detection, on the first bytes only: no container is opened
	private String sniff(byte[] head) throws IOException {
		return magic.detect(new ByteArrayInputStream(head), new Metadata()).getBaseType().toString();
	}

	private byte[] head(PendingFile file, int max) throws IOException {
		try (InputStream in = file.open()) {
			return in.readNBytes(Math.min(max, Math.max(magic.getMinLength(), OLE2.length)));
		}
	}

	private static boolean startsWith(byte[] data, byte[] prefix) {
		return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
