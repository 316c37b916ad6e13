import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load test's report and lost-write check (run by bench/load.sh with `java LoadReport.java`,
 * no build needed). Prints, from the Gatling report's js/stats.js, per request type: count,
 * failed, throughput (requests/s over the run), median and p95 response time; then reads back every
 * evaluation the load test saved into, through the API as its own coordinator
 * (GET /api/evaluations/{id}, HTTP Basic), and checks that the last acknowledged save of each
 * indicator is what is stored (earlier saves of the same indicator were overwritten by the same
 * user's later ones, which is not a loss). Exits 1 on any failed request or lost write, or when no save
 * was acknowledged at all.
 *
 * Arguments: Gatling report directory, acknowledged-saves file (TSV: user, evaluation, indicator,
 * sequence, justification), base URL, password of the load-test accounts.
 */
public class LoadReport {

	public static void main(String[] args) throws Exception {
		Path report = Path.of(args[0]);
		// Gatling 3.13 writes the figures as a script, "var stats = { ... }" (keys partly unquoted)
		String script = Files.readString(report.resolve("js/stats.js"));
		Map<String, Object> stats = Json.object(script.substring(script.indexOf('{')));
		long failed = printStats(stats);
		long lost = checkSaves(Path.of(args[1]), args[2], args[3]);
		boolean pass = failed == 0 && lost == 0;
		System.out.printf("%nRESULT: %d failed requests, %s -> %s%n", failed,
				lost < 0 ? "no acknowledged save to check" : lost + " lost writes", pass ? "PASS" : "FAIL");
		System.out.println("Full report: " + report.resolve("index.html"));
		System.exit(pass ? 0 : 1);
	}

	@SuppressWarnings("unchecked")
	static long printStats(Map<String, Object> root) {
		System.out.printf("%n%-30s %7s %6s %8s %9s %9s %9s%n", "request type", "count", "failed", "req/s", "median", "p95",
				"max");
		Map<String, Object> contents = (Map<String, Object>) root.get("contents");
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Object c : contents.values()) {
			rows.add((Map<String, Object>) ((Map<String, Object>) c).get("stats"));
		}
		for (Map<String, Object> s : rows) {
			line(s);
		}
		Map<String, Object> all = (Map<String, Object>) root.get("stats");
		System.out.println("-".repeat(84));
		line(all);
		System.out.println("(times in ms; req/s = requests of the type per second of the run, Gatling's mean)");
		return number(all, "numberOfRequests", "ko");
	}

	static void line(Map<String, Object> s) {
		System.out.printf("%-30s %7d %6d %8.2f %9d %9d %9d%n", s.get("name"), number(s, "numberOfRequests", "total"),
				number(s, "numberOfRequests", "ko"), decimal(s, "meanNumberOfRequestsPerSecond", "total"),
				number(s, "percentiles1", "total"), number(s, "percentiles3", "total"), number(s, "maxResponseTime", "total"));
	}

	@SuppressWarnings("unchecked")
	static long number(Map<String, Object> s, String key, String part) {
		Object v = ((Map<String, Object>) s.get(key)).get(part);
		return v instanceof Number n ? n.longValue() : v == null || "-".equals(v) ? 0 : (long) Double.parseDouble(v.toString());
	}

	@SuppressWarnings("unchecked")
	static double decimal(Map<String, Object> s, String key, String part) {
		Object v = ((Map<String, Object>) s.get(key)).get(part);
		return v instanceof Number n ? n.doubleValue() : v == null || "-".equals(v) ? 0 : Double.parseDouble(v.toString());
	}

	/** One acknowledged save. */
	record Save(String user, String evaluation, String indicator, int seq, String justification) {
	}

	@SuppressWarnings("unchecked")
	static long checkSaves(Path acks, String base, String password) throws Exception {
		if (!Files.exists(acks)) {
			System.out.println("\nNo acknowledged saves file (" + acks + ")");
			return -1;
		}
		List<String> lines = Files.readAllLines(acks, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
		if (lines.isEmpty()) {
			System.out.println("\nNo save was acknowledged: the lost-write check has nothing to check (a failure)");
			return -1;
		}
		Map<String, Save> last = new TreeMap<>();
		for (String line : lines) {
			String[] f = line.split("\t", 5);
			Save s = new Save(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4]);
			last.merge(s.evaluation() + "/" + s.indicator(), s, (a, b) -> a.seq() > b.seq() ? a : b);
		}
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		Map<String, Map<String, Object>> read = new LinkedHashMap<>();
		long lost = 0;
		for (Save s : last.values()) {
			Map<String, Object> evaluation = read.get(s.evaluation());
			if (evaluation == null) {
				String basic = Base64.getEncoder().encodeToString((s.user() + ":" + password).getBytes(StandardCharsets.UTF_8));
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/evaluations/" + s.evaluation()))
						.header("Authorization", "Basic " + basic).header("Accept", "application/json")
						.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() != 200) {
					throw new IllegalStateException("GET /api/evaluations/" + s.evaluation() + " as " + s.user() + ": "
							+ r.statusCode() + " " + r.body());
				}
				evaluation = Json.object(r.body());
				read.put(s.evaluation(), evaluation);
			}
			Object stored = null;
			for (Object i : (List<Object>) evaluation.get("indicators")) {
				Map<String, Object> indicator = (Map<String, Object>) i;
				if (String.valueOf(((Number) indicator.get("number")).intValue()).equals(s.indicator())) {
					stored = indicator.get("justification");
				}
			}
			if (!s.justification().equals(stored)) {
				lost++;
				System.out.printf("LOST: evaluation %s indicator %s: acknowledged \"%s\", stored \"%s\"%n", s.evaluation(),
						s.indicator(), s.justification(), stored);
			}
		}
		System.out.printf("%nAcknowledged saves: %d, on %d indicators of %d evaluations; the last save of each read back "
				+ "through the API: %d lost%n", lines.size(), last.size(), read.size(), lost);
		return lost;
	}

	/**
	 * Just enough JSON for the API's answer and Gatling's stats.js (a script literal: unquoted keys,
	 * trailing commas): objects, arrays, strings, numbers, literals; stops after the first value.
	 */
	static final class Json {
		private final String s;
		private int i;

		private Json(String s) {
			this.s = s;
		}

		@SuppressWarnings("unchecked")
		static Map<String, Object> object(String text) {
			return (Map<String, Object>) new Json(text).value();
		}

		private Object value() {
			skip();
			char c = s.charAt(i);
			if (c == '{') {
				Map<String, Object> map = new LinkedHashMap<>();
				i++;
				skip();
				if (s.charAt(i) == '}') {
					i++;
					return map;
				}
				while (true) {
					skip();
					if (s.charAt(i) == '}') { // after a trailing comma
						i++;
						return map;
					}
					String key = s.charAt(i) == '"' ? string() : word();
					skip();
					i++; // ':'
					map.put(key, value());
					skip();
					if (s.charAt(i++) != ',') {
						return map;
					}
				}
			}
			if (c == '[') {
				List<Object> list = new ArrayList<>();
				i++;
				skip();
				if (s.charAt(i) == ']') {
					i++;
					return list;
				}
				do {
					list.add(value());
					skip();
				} while (s.charAt(i++) == ',');
				return list;
			}
			if (c == '"') {
				return string();
			}
			String word = word();
			return switch (word) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				case "null" -> null;
				default -> Double.parseDouble(word);
			};
		}

		private String string() {
			StringBuilder b = new StringBuilder();
			i++; // opening quote
			while (s.charAt(i) != '"') {
				char c = s.charAt(i++);
				if (c == '\\') {
					char e = s.charAt(i++);
					switch (e) {
						case 'n' -> b.append('\n');
						case 't' -> b.append('\t');
						case 'r' -> b.append('\r');
						case 'b' -> b.append('\b');
						case 'f' -> b.append('\f');
						case 'u' -> {
							b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
							i += 4;
						}
						default -> b.append(e);
					}
				}
				else {
					b.append(c);
				}
			}
			i++;
			return b.toString();
		}

		private String word() {
			int start = i;
			while (i < s.length() && ",:}] \n\r\t".indexOf(s.charAt(i)) < 0) {
				i++;
			}
			return s.substring(start, i);
		}

		private void skip() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
		}
	}
}
