package id.spbe.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.core.io.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates one instrument file in the YAML format of {@link InstrumentDefinition}.
 * Unknown keys are refused so that a typo cannot silently drop content.
 */
final class InstrumentFileReader {

	private static final YAMLMapper YAML = YAMLMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.build();

	private InstrumentFileReader() {
	}

	/** A file's content, its SHA-256 (hex) and the name used in messages. */
	record ReadInstrument(InstrumentDefinition definition, String checksum, String file) {
	}

	/**
	 * @throws InstrumentFileException when the file cannot be parsed or breaks a rule of
	 *                                 {@link InstrumentValidator}
	 */
	static ReadInstrument read(Resource resource) {
		String file = resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
		byte[] bytes;
		try (InputStream in = resource.getInputStream()) {
			bytes = in.readAllBytes();
		}
		catch (IOException e) {
			throw new InstrumentFileException(List.of(file + ": cannot be read (" + e.getMessage() + ")"));
		}
		InstrumentDefinition definition;
		try {
			definition = YAML.readValue(bytes, InstrumentDefinition.class);
		}
		catch (JacksonException e) {
			throw new InstrumentFileException(List.of(file + ": not a valid instrument file (" + e.getOriginalMessage()
					+ (e.getLocation() == null ? "" : ", line " + e.getLocation().getLineNr()) + ")"));
		}
		if (definition == null) {
			throw new InstrumentFileException(List.of(file + ": empty file"));
		}
		List<String> problems = InstrumentValidator.validate(definition, file);
		if (!problems.isEmpty()) {
			throw new InstrumentFileException(problems);
		}
		return new ReadInstrument(definition, sha256(bytes), file);
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
