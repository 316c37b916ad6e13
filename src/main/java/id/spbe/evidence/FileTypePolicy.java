package id.spbe.evidence;

import id.spbe.common.RuleViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * The allow-list of evidence file types: PDF, PNG/JPEG images, office documents (Word, Excel,
 * PowerPoint, OpenDocument), plain text and CSV. The content is sniffed with Apache Tika (without
 * the file name, so a renamed file cannot pass) and must agree with the extension. ZIP archives
 * are refused: their content is not checked.
 */
@Component
class FileTypePolicy {

	private record Allowed(String mediaType, Set<String> detected) {
	}

	private static final String OOXML = "application/x-tika-ooxml";
	private static final String OLE2 = "application/x-tika-msoffice";

	private static final Map<String, Allowed> BY_EXTENSION = Map.ofEntries(
			Map.entry("pdf", new Allowed("application/pdf", Set.of("application/pdf"))),
			Map.entry("png", new Allowed("image/png", Set.of("image/png"))),
			Map.entry("jpg", new Allowed("image/jpeg", Set.of("image/jpeg"))),
			Map.entry("jpeg", new Allowed("image/jpeg", Set.of("image/jpeg"))),
			Map.entry("txt", new Allowed("text/plain", Set.of("text/plain"))),
			Map.entry("csv", new Allowed("text/csv", Set.of("text/plain", "text/csv"))),
			Map.entry("doc", new Allowed("application/msword", Set.of("application/msword", OLE2))),
			Map.entry("xls", new Allowed("application/vnd.ms-excel", Set.of("application/vnd.ms-excel", OLE2))),
			Map.entry("ppt", new Allowed("application/vnd.ms-powerpoint", Set.of("application/vnd.ms-powerpoint", OLE2))),
			Map.entry("docx", ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document")),
			Map.entry("xlsx", ooxml("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
			Map.entry("pptx", ooxml("application/vnd.openxmlformats-officedocument.presentationml.presentation")),
			Map.entry("odt", new Allowed("application/vnd.oasis.opendocument.text", Set.of("application/vnd.oasis.opendocument.text"))),
			Map.entry("ods", new Allowed("application/vnd.oasis.opendocument.spreadsheet",
					Set.of("application/vnd.oasis.opendocument.spreadsheet"))));

	/** Extensions accepted, for messages and the file input's accept attribute. */
	static final String ACCEPTED = ".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.txt,.csv";

	private final Tika tika = new Tika();

	private static Allowed ooxml(String type) {
		return new Allowed(type, Set.of(type, OOXML));
	}

	/**
	 * The media type to store and serve for a received file.
	 *
	 * @throws RuleViolationException BAD_INPUT when the extension is not allowed or the content is
	 *                                of another type than the extension says
	 */
	String check(String fileName, PendingFile file) throws IOException {
		String extension = extension(fileName);
		Allowed allowed = BY_EXTENSION.get(extension);
		if (allowed == null) {
			throw RuleViolationException.badInput("evidence.error.type", fileName, ACCEPTED);
		}
		String detected;
		try (InputStream in = TikaInputStream.get(file.path())) {
			detected = tika.getDetector().detect(in, new Metadata()).getBaseType().toString();
		}
		if (!allowed.detected().contains(detected)) {
			throw RuleViolationException.badInput("evidence.error.disguised", fileName, extension, detected);
		}
		return allowed.mediaType();
	}

	private static String extension(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
