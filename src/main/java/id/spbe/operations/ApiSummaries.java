package id.spbe.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The summary, longer description and particular error statuses of every API operation, read
 * from {@code api-docs.yml} ({@code "GET /api/instruments": {summary, description, errors}}). One
 * file, so that a route without its summary is one line to add, and {@code ApiDocsTest} fails
 * until it is there.
 */
@Component
class ApiSummaries {

	static final String FILE = "/api-docs.yml";

	/** One operation's text: {@code errors} are statuses beyond those every route of its kind may give. */
	record Entry(String summary, String description, List<String> errors) {

		Entry {
			errors = errors == null ? List.of() : List.copyOf(errors);
		}
	}

	private final Map<String, Entry> entries;

	ApiSummaries() {
		this.entries = load();
	}

	/** The entry of {@code method path} (path as in the document, e.g. {@code /api/evaluations/{id}}), or null. */
	Entry of(String method, String path) {
		return entries.get(method.toUpperCase(java.util.Locale.ROOT) + " " + path);
	}

	/** Every key, {@code "METHOD /path"}. */
	java.util.Set<String> keys() {
		return entries.keySet();
	}

	private static Map<String, Entry> load() {
		try (InputStream in = ApiSummaries.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is missing");
			}
			Map<String, Entry> read = YAMLMapper.builder().build().readValue(in, new TypeReference<LinkedHashMap<String, Entry>>() {
			});
			return Map.copyOf(read);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
