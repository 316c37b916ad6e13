import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages benchmark's client (run by bench/pages.sh with `java PagesBench.java`, no build
 * needed), on the demo data: the cheapest signed-in page (`/instruments`, the floor) side by side
 * with the self-assessment overview and indicator page (Pangkalpinang, Pemdi 2026, 20 indicators,
 * as `koordinator`), the review overview and indicator page (Pangkalpinang, SPBE 2021, 47
 * indicators, as `asesor`), the results (Bangka Tengah, SPBE 2021, as `koordinator2`) and
 * `GET /api/instruments` with HTTP Basic and, when a token is at hand, with a Bearer token.
 *
 * <p>Two phases in one run: as seeded (indicator pages of one indicator with no evidence), then
 * after adding 120 link evidence items to one Pemdi indicator (its page and the overview again).
 * Each phase measures every route in rounds (one request of each route in turn, after the
 * warm-up rounds), so that load from other processes weighs on every route alike, and prints
 * requests/s (one client, sequential: 1000 / mean ms), the ratio to the floor's, median, p95 and
 * the SQL statements of a request ({@code X-Statement-Count}, asked for in the last warm-up round
 * only: the application buffers an asking request's answer, which would weigh on big pages).
 *
 * <p>Arguments: base URL, rounds, warm-up rounds (as many as rounds when left out).
 * Environment: {@code SPBE_BENCH_TOKEN} (a personal API token of `koordinator`; without it the
 * client asks {@code POST /api/me/tokens} for one, and leaves the Bearer route out when that is
 * not there).
 */
public class PagesBench {

	static final String PASSWORD = "demo";
	static final int LINKS = 120;

	record Route(String name, HttpClient client, String path, String authorization) {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int n = Integer.parseInt(args[1]);
		int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : n;
		HttpClient coordinator = signIn(base, "koordinator");
		HttpClient assessor = signIn(base, "asesor");
		HttpClient coordinator2 = signIn(base, "koordinator2");
		HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		String basic = "Basic " + Base64.getEncoder().encodeToString(("koordinator:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

		long selfId = evaluation(plain, base, "koordinator", "Evaluasi Pemdi 2026", "SELF_ASSESSMENT");
		long reviewId = evaluation(plain, base, "asesor", "Evaluasi SPBE 2021", "INTERVIEW");
		long resultsId = evaluation(plain, base, "koordinator2", "Evaluasi SPBE 2021", "FINALISED");
		List<Integer> empty = withoutEvidence(plain, base, basic, selfId);
		if (empty.size() < 2) {
			throw new IllegalStateException("the demo's Pemdi evaluation needs two indicators without evidence: " + empty);
		}
		int none = empty.get(0);
		int many = empty.get(1);
		String bearer = bearer(plain, base, basic);
		System.out.printf("evaluations: self-assessment %d (indicator without evidence %d, to get %d links %d), review %d, results %d%n",
				selfId, none, LINKS, many, reviewId, resultsId);

		List<Route> routes = new ArrayList<>();
		routes.add(new Route("floor: /instruments", coordinator, "/instruments", null));
		routes.add(new Route("self-assessment overview (Pemdi, 20)", coordinator, "/evaluations/" + selfId, null));
		routes.add(new Route("self-assessment indicator, 0 evidence", coordinator,
				"/evaluations/" + selfId + "/indicators/" + none, null));
		routes.add(new Route("self-assessment indicator " + many + ", before links", coordinator,
				"/evaluations/" + selfId + "/indicators/" + many, null));
		routes.add(new Route("review overview (SPBE, 47)", assessor, "/evaluations/" + reviewId + "/review", null));
		routes.add(new Route("review indicator page", assessor, "/evaluations/" + reviewId + "/review/indicators/1", null));
		routes.add(new Route("results (SPBE, 47)", coordinator2, "/evaluations/" + resultsId + "/results", null));
		routes.add(new Route("API /api/instruments, Basic", plain, "/api/instruments", basic));
		if (bearer != null) {
			routes.add(new Route("API /api/instruments, Bearer", plain, "/api/instruments", "Bearer " + bearer));
		}
		System.out.println();
		System.out.println("Phase 1: as seeded");
		measure(base, routes, warmUp, n);

		addLinks(plain, base, basic, selfId, many);
		List<Route> after = new ArrayList<>();
		after.add(routes.get(0));
		after.add(new Route("self-assessment overview, " + LINKS + " links on one", coordinator, "/evaluations/" + selfId, null));
		after.add(new Route("self-assessment indicator, " + LINKS + " links", coordinator,
				"/evaluations/" + selfId + "/indicators/" + many, null));
		after.add(routes.get(2));
		System.out.println();
		System.out.printf("Phase 2: after adding %d link evidence items to indicator %d%n", LINKS, many);
		measure(base, after, warmUp, n);
	}

	static void measure(String base, List<Route> routes, int warmUp, int n) throws Exception {
		Map<String, List<Double>> times = new LinkedHashMap<>();
		Map<String, String> statements = new LinkedHashMap<>();
		for (int i = 0; i < warmUp; i++) {
			for (Route r : routes) {
				HttpResponse<String> answer = get(r, base, i == warmUp - 1);
				statements.put(r.name(), answer.headers().firstValue("X-Statement-Count").orElse("?"));
			}
		}
		for (int i = 0; i < n; i++) {
			for (Route r : routes) {
				long t0 = System.nanoTime();
				get(r, base);
				times.computeIfAbsent(r.name(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
			}
		}
		double floor = 0;
		System.out.printf("%-44s %9s %9s %9s %9s %10s%n", "route", "req/s", "vs floor", "median", "p95", "statements");
		for (Route r : routes) {
			List<Double> t = times.get(r.name());
			double mean = t.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
			double rps = 1000 / mean;
			if (floor == 0) {
				floor = rps;
			}
			Collections.sort(t);
			double p95 = t.get((int) Math.ceil(t.size() * 0.95) - 1);
			System.out.printf("%-44s %9.1f %9.2f %7.1fms %7.1fms %10s%n", r.name(), rps, rps / floor, t.get(t.size() / 2),
					p95, statements.get(r.name()));
		}
	}

	/** The id of the evaluation of the named period in the given state that the user sees. */
	static long evaluation(HttpClient http, String base, String user, String period, String state) throws Exception {
		String auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String json = send(http, HttpRequest.newBuilder(URI.create(base + "/api/evaluations")).header("Authorization", auth)
				.GET().build(), 200).body();
		Matcher m = Pattern.compile("\\{\"id\":(\\d+),[^{}]*?\"periodName\":\"([^\"]*)\"[^{}]*?\"state\":\"([A-Z_]+)\"").matcher(json);
		while (m.find()) {
			if (m.group(2).equals(period) && m.group(3).equals(state)) {
				return Long.parseLong(m.group(1));
			}
		}
		throw new IllegalStateException(user + " sees no evaluation of " + period + " in " + state + ": " + json);
	}

	/** The numbers of the indicators the agency assesses (not fed by a national index) with no evidence yet. */
	static List<Integer> withoutEvidence(HttpClient http, String base, String auth, long id) throws Exception {
		String json = send(http, HttpRequest.newBuilder(URI.create(base + "/api/evaluations/" + id))
				.header("Authorization", auth).GET().build(), 200).body();
		List<Integer> numbers = new ArrayList<>();
		String[] chunks = json.split("\"number\":");
		for (int i = 1; i < chunks.length; i++) {
			String chunk = chunks[i];
			boolean external = chunks[i - 1].contains("\"external\":{");
			if (chunk.contains("\"evidence\":[]") && !external) {
				numbers.add(Integer.parseInt(chunk.substring(0, chunk.indexOf(','))));
			}
		}
		return numbers;
	}

	/** Adds link evidence items until the indicator has {@link #LINKS}, through the API. */
	static void addLinks(HttpClient http, String base, String auth, long id, int number) throws Exception {
		long t0 = System.nanoTime();
		for (int i = 1; i <= LINKS; i++) {
			String body = "{\"url\": \"https://example.go.id/bukti/" + number + "/" + i + "\", \"accessedOn\": \""
					+ LocalDate.now() + "\", \"title\": \"Tautan bukti " + i + "\", \"items\": [\"I" + number + "-L1-01\"]}";
			send(http, HttpRequest.newBuilder(URI.create(base + "/api/evaluations/" + id + "/indicators/" + number + "/evidence"))
					.header("Authorization", auth).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), 201);
		}
		System.out.printf("added %d links in %.1f s%n", LINKS, (System.nanoTime() - t0) / 1e9);
	}

	/**
	 * A personal API token: SPBE_BENCH_TOKEN, else one asked of POST /api/me/tokens, else null
	 * (no token API in this build).
	 */
	static String bearer(HttpClient http, String base, String basic) throws Exception {
		String given = System.getenv("SPBE_BENCH_TOKEN");
		if (given != null && !given.isBlank()) {
			return given.trim();
		}
		String body = "{\"name\": \"pages benchmark " + System.currentTimeMillis() + "\", \"expiresOn\": \""
				+ LocalDate.now().plusDays(7) + "\"}";
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
				.header("Authorization", basic).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 201) {
			System.out.println("no token API (POST /api/me/tokens answered " + r.statusCode() + "): Bearer not measured");
			return null;
		}
		Matcher m = Pattern.compile("\"(?:token|secret)\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
		if (!m.find()) {
			throw new IllegalStateException("a token answer without token or secret: " + r.body());
		}
		return m.group(1);
	}

	static HttpClient signIn(String base, String user) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		String form = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), 200).body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String body = "username=" + enc(user) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token.group(1));
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		String location = r.headers().firstValue("Location").orElse("");
		if (r.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in of " + user + " refused: " + r.statusCode() + " " + location);
		}
		return http;
	}

	static HttpResponse<String> get(Route r, String base) throws Exception {
		return get(r, base, false);
	}

	/**
	 * GET of a route; {@code count}: ask the application for the request's statements
	 * ({@code X-Count-Statements}: it then buffers the answer to add {@code X-Statement-Count}, which
	 * costs a big page more than a small one, so timed requests do not ask).
	 */
	static HttpResponse<String> get(Route r, String base, boolean count) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + r.path())).GET();
		if (count) {
			request.header("X-Count-Statements", "true");
		}
		if (r.authorization() != null) {
			request.header("Authorization", r.authorization());
		}
		return send(r.client(), request.build(), 200);
	}

	static HttpResponse<String> send(HttpClient http, HttpRequest request, int expected) throws Exception {
		HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != expected) {
			throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + r.statusCode() + ": "
					+ r.body().substring(0, Math.min(300, r.body().length())));
		}
		return r;
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
