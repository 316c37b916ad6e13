package id.spbe.instrument;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The one way an {@link InstrumentDefinition} becomes text and back: the JSON document of a
 * draft, the YAML export (the bundled files' format) and the content checksum.
 *
 * <p>Decimals are written plain and without trailing zeros (1.3, not 1.300, which the numeric
 * columns give back), so a version has one spelling whichever way it was stored, and the
 * checksum of {@link #contentChecksum} is the same for a version, its export and the draft
 * imported from that export. The checksum leaves out the version number and status, which an
 * import changes by design; everything else counts.
 */
final class InstrumentDocuments {

	/** {@code isExternal()} is derived from the value source: shown in the API, never read back. */
	@JsonIgnoreProperties(value = "external")
	private interface IndicatorWithoutDerived {
	}

	private static final SimpleModule PLAIN_DECIMALS = new SimpleModule().addSerializer(BigDecimal.class,
			new ValueSerializer<BigDecimal>() {
				@Override
				public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
					gen.writeNumber(InstrumentMapper.plain(value).toPlainString());
				}
			});

	private static final JsonMapper JSON = JsonMapper.builder()
			.addMixIn(InstrumentDefinition.Indicator.class, IndicatorWithoutDerived.class)
			.addModule(PLAIN_DECIMALS)
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
			.changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
			.build();

	private static final YAMLMapper YAML = YAMLMapper.builder()
			.addMixIn(InstrumentDefinition.Indicator.class, IndicatorWithoutDerived.class)
			.addModule(PLAIN_DECIMALS)
			.enable(YAMLWriteFeature.MINIMIZE_QUOTES)
			.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
			.changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
			.build();

	private InstrumentDocuments() {
	}

	/** The draft document stored in {@code instrument.document}. */
	static String toJson(InstrumentDefinition d) {
		return JSON.writeValueAsString(d);
	}

	static InstrumentDefinition fromJson(String document) {
		return JSON.readValue(document, InstrumentDefinition.class);
	}

	/** The bundled YAML format: what {@link InstrumentFileReader} and the import read. */
	static String toYaml(InstrumentDefinition d) {
		return YAML.writeValueAsString(d);
	}

	/** SHA-256 (hex) of the content without version number and status. */
	static String contentChecksum(InstrumentDefinition d) {
		InstrumentDefinition content = new InstrumentDefinition(d.code(), 0, d.name(), d.regulation(), null,
				d.fractionalValues(), d.scaleMin(), d.scaleMax(), d.indexName(), d.sourceNote(), d.scales(), d.bands(),
				d.domains(), d.aspects());
		return sha256(toJson(content).getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
