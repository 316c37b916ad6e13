package id.spbe.instrument;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an administrator's YAML instrument file, in bounded time and memory, before anything is
 * stored: the size first (spbe.instruments.max-file-size), then strict UTF-8, then one streaming
 * pass of snakeyaml-engine's parser that refuses any anchor or alias (the bundled format needs
 * none, and an alias bomb ("billion laughs") is nothing but aliases, so it is refused at its first
 * one without expanding anything) and any file over the code point limit; only then Jackson
 * builds the tree, refusing unknown keys, and the validator checks the rules. Every refusal names
 * the line where it can.
 */
final class InstrumentYaml {

	@JsonIgnoreProperties(value = "external")
	private interface IndicatorWithoutDerived {
	}

	private InstrumentYaml() {
	}

	/** The file's tree; its status is whatever the file says (the import makes it a draft). */
	static InstrumentDefinition read(byte[] file, long maxBytes) {
		if (file.length > maxBytes) {
			throw new InstrumentImportException(ImportProblem.atLine(null, "instrument.import.tooLarge", maxBytes / 1024));
		}
		String text = utf8(file);
		LoadSettings settings = LoadSettings.builder().setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxBytes))
				.setMaxAliasesForCollections(0).setAllowRecursiveKeys(false).setAllowDuplicateKeys(false)
				.setUseMarks(true).build();
		scan(text, settings);
		InstrumentDefinition definition;
		try {
			definition = mapper(settings).readValue(text, InstrumentDefinition.class);
		}
		catch (JacksonException e) {
			throw new InstrumentImportException(ImportProblem.atLine(
					e.getLocation() == null ? null : e.getLocation().getLineNr(), "instrument.import.malformed",
					shorten(e.getOriginalMessage())));
		}
		if (definition == null) {
			throw new InstrumentImportException(ImportProblem.atLine(1, "instrument.import.empty"));
		}
		return definition;
	}

	private static String utf8(byte[] file) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			throw new InstrumentImportException(ImportProblem.atLine(lineOfFirstBadByte(file), "instrument.import.notUtf8"));
		}
	}

	private static Integer lineOfFirstBadByte(byte[] file) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		int line = 1;
		for (int end = 0; end < file.length; end++) {
			if (file[end] == '\n') {
				try {
					decoder.reset().decode(ByteBuffer.wrap(file, 0, end));
				}
				catch (CharacterCodingException e) {
					return line;
				}
				line++;
			}
		}
		return line;
	}

	private static void scan(String text, LoadSettings settings) {
		try {
			ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
			while (parser.hasNext()) {
				Event event = parser.next();
				if (event instanceof AliasEvent || event instanceof NodeEvent node && node.getAnchor().isPresent()) {
					throw new InstrumentImportException(ImportProblem.atLine(line(event.getStartMark().orElse(null)),
							"instrument.import.alias"));
				}
			}
		}
		catch (MarkedYamlEngineException e) {
			throw new InstrumentImportException(ImportProblem.atLine(line(e.getProblemMark().orElse(null)),
					"instrument.import.malformed", shorten(e.getProblem())));
		}
		catch (YamlEngineException e) {
			throw new InstrumentImportException(ImportProblem.atLine(null, "instrument.import.malformed", shorten(e.getMessage())));
		}
	}

	private static YAMLMapper mapper(LoadSettings settings) {
		return YAMLMapper.builder(YAMLFactory.builder().loadSettings(settings).build())
				.addMixIn(InstrumentDefinition.Indicator.class, IndicatorWithoutDerived.class)
				.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
				.build();
	}

	private static Integer line(Mark mark) {
		return mark == null ? null : mark.getLine() + 1;
	}

	private static String shorten(String message) {
		String m = message == null ? "" : message.replaceAll("\\s+", " ");
		return m.length() <= 200 ? m : m.substring(0, 200) + "…";
	}

	/** The problems of a tree read from a file, as import problems. */
	static List<ImportProblem> problems(InstrumentDefinition tree) {
		return InstrumentValidator.problems(tree).stream().map(ImportProblem::of).toList();
	}
}
