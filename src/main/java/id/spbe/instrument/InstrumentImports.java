package id.spbe.instrument;

import org.springframework.security.core.userdetails.UserDetails;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded instrument file to the right reader, by its name's extension; read only up to the
 * size limit (plus one byte, to tell "too large"), so a huge upload costs no memory.
 */
final class InstrumentImports {

	private InstrumentImports() {
	}

	static InstrumentVersions.VersionKey importFile(InstrumentVersionFiles files, UserDetails user, MultipartFile file,
			long maxBytes) throws IOException {
		InstrumentAdmin.require(user);
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		if (name.endsWith(".xlsx")) {
			return files.importXlsx(user, bytes);
		}
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			return files.importYaml(user, bytes);
		}
		throw new InstrumentImportException(ImportProblem.atLine(null, "instrument.import.fileType"));
	}
}
