package id.spbe.instrument;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * Instrument API: the instrument trees and the index calculator. Indices are strings with two
 * decimals, e.g. {@code "3.13"}; see README "API".
 */
@RestController
@RequestMapping("/api/instruments")
class InstrumentApiController {

	private final InstrumentCatalog catalog;

	InstrumentApiController(InstrumentCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	List<InstrumentSummary> list() {
		return catalog.list();
	}

	@GetMapping("/{code}")
	InstrumentDefinition get(@PathVariable String code) {
		return find(code);
	}

	/** Body {@code {"values": {"1": 3, "2": 4.5}}}; keys are indicator numbers, values JSON numbers. */
	record IndexRequest(Map<String, JsonNode> values) {
	}

	private static final Pattern INDICATOR_KEY = Pattern.compile("[1-9][0-9]{0,5}");

	@PostMapping("/{code}/index")
	Map<String, Object> index(@PathVariable String code, @RequestBody IndexRequest request) {
		InstrumentDefinition instrument = find(code);
		if (request == null || request.values() == null) {
			throw new IndexInputException("index.error.noValues", "The body has no \"values\" object");
		}
		Map<Integer, BigDecimal> values = new LinkedHashMap<>();
		request.values().forEach((key, value) -> values.put(indicatorNumber(instrument, key), number(key, value)));
		return IndexJson.of(IndexCalculator.compute(instrument, values));
	}

	// Only the canonical spelling: "01" or " 1" would silently overwrite "1".
	private static Integer indicatorNumber(InstrumentDefinition instrument, String key) {
		if (!INDICATOR_KEY.matcher(key).matches()) {
			throw new IndexInputException("index.error.unknownIndicator",
					"Unknown indicator " + key + " in instrument " + instrument.code(), IndexCalculator.shorten(key),
					instrument.code());
		}
		return Integer.valueOf(key);
	}

	private static BigDecimal number(String key, JsonNode value) {
		if (value == null || !value.isNumber()) {
			throw new IndexInputException("index.error.notANumber", "Indicator " + key + ": value is not a number",
					key);
		}
		// no arithmetic here: IndexCalculator.compute refuses a value over Numbers' bounds before any
		return value.decimalValue();
	}

	private InstrumentDefinition find(String code) {
		return catalog.current(code).orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "instrument.error.notFound"));
	}
}
