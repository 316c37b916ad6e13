import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard benchmark's client (run by bench/dashboard.sh with `java DashboardBench.java`, no
 * build needed): signs in through the login form like a browser, then measures, one request after
 * another in rounds over all routes, a trivial authenticated page against the national dashboard page and its exports, and
 * reads the SQL statements each request sent (X-Statement-Count, spbe.statements.header).
 *
 * Arguments: base URL, username, password, requests per route (after as many warm-up requests).
 */
public class DashboardBench {

	public static void main(String[] args) throws Exception {
		String base = args[0];
		int n = Integer.parseInt(args[3]);
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		signIn(http, base, args[1], args[2]);
		// the first request after start: the newest period (Pemdi 2026, national) with an empty cache
		long first = System.nanoTime();
		HttpResponse<String> newest = get(http, base + "/admin/dashboard", true);
		System.out.printf("first dashboard request, newest period (cold cache): %.1fms, %s statements%n",
				(System.nanoTime() - first) / 1e6, newest.headers().firstValue("X-Statement-Count").orElse("?"));
		String periods = newest.body();
		Map<String, String> ids = new LinkedHashMap<>();
		Matcher m = Pattern.compile("href=\"/admin/periods/(\\d+)/dashboard\">([^<]+)<").matcher(periods);
		while (m.find()) {
			ids.put(m.group(2), m.group(1));
		}
		String national = find(ids, periods, "Pemdi 2026 (data nasional)");
		String spbe = find(ids, periods, "SPBE 2024 (data nasional)");
		String sample = find(ids, periods, "sampel 10 instansi");
		Map<String, String> routes = new LinkedHashMap<>();
		routes.put("trivial page (/admin/users)", "/admin/users");
		routes.put("dashboard, Pemdi 2026, 642 agencies", "/admin/periods/" + national + "/dashboard");
		routes.put("dashboard, filtered+sorted, page 2", "/admin/periods/" + national
				+ "/dashboard?type=KABUPATEN&sort=-selfIndex&page=2");
		routes.put("dashboard, SPBE 2024, 642 agencies", "/admin/periods/" + spbe + "/dashboard");
		routes.put("dashboard, sample, 10 agencies", "/admin/periods/" + sample + "/dashboard");
		routes.put("export CSV, 642 agencies", "/admin/periods/" + national + "/dashboard.csv");
		routes.put("export XLSX, 642 agencies", "/admin/periods/" + national + "/dashboard.xlsx");
		// the first dashboard request after start computes every evaluation's figures (cache empty)
		for (String id : List.of(spbe)) {
			long t0 = System.nanoTime();
			HttpResponse<String> cold = get(http, base + "/admin/periods/" + id + "/dashboard", false);
			System.out.printf("first dashboard request of period %s (cold cache): %.1fms, %s statements%n", id,
					(System.nanoTime() - t0) / 1e6, cold.headers().firstValue("X-Statement-Count").orElse("?"));
		}
		// warm-up, then rounds over every route in turn: a load from outside (other processes on the
		// machine) then weighs on every route alike instead of on whichever ran during it
		Map<String, List<Double>> times = new LinkedHashMap<>();
		Map<String, String> statements = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			for (String path : routes.values()) {
				get(http, base + path, false);
			}
		}
		for (int i = 0; i < n; i++) {
			for (Map.Entry<String, String> route : routes.entrySet()) {
				long t0 = System.nanoTime();
				HttpResponse<String> r = get(http, base + route.getValue(), false);
				times.computeIfAbsent(route.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
				statements.put(route.getKey(), r.headers().firstValue("X-Statement-Count").orElse("?"));
			}
		}
		System.out.printf("%-40s %8s %8s %8s %10s%n", "route", "median", "p95", "max", "statements");
		double trivialP95 = 0;
		double dashboardP95 = 0;
		for (Map.Entry<String, String> route : routes.entrySet()) {
			List<Double> t = times.get(route.getKey());
			Collections.sort(t);
			double p95 = t.get((int) Math.ceil(t.size() * 0.95) - 1);
			System.out.printf("%-40s %6.1fms %6.1fms %6.1fms %10s%n", route.getKey(), t.get(t.size() / 2), p95,
					t.get(t.size() - 1), statements.get(route.getKey()));
			if (route.getValue().equals("/admin/users")) {
				trivialP95 = p95;
			}
			if (route.getKey().startsWith("dashboard")) {
				dashboardP95 = Math.max(dashboardP95, p95);
			}
		}
		System.out.printf("%nslowest dashboard p95 / trivial page p95 = %.1f (goal: at most 10)%n", dashboardP95 / trivialP95);
	}

	private static String find(Map<String, String> ids, String page, String part) {
		// the period shown is the newest one, in <strong>; the others are links
		for (Map.Entry<String, String> e : ids.entrySet()) {
			if (e.getKey().contains(part)) {
				return e.getValue();
			}
		}
		Matcher shown = Pattern.compile("/admin/periods/(\\d+)/dashboard\\.csv").matcher(page);
		if (shown.find()) {
			return shown.group(1);
		}
		throw new IllegalStateException("no period named like " + part);
	}

	private static void signIn(HttpClient http, String base, String user, String password) throws Exception {
		String form = get(http, base + "/login", false).body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		String location = r.headers().firstValue("Location").orElse("");
		if (r.statusCode() != 302 || location.contains("error")) {
			throw new IllegalStateException("sign-in refused: " + r.statusCode() + " " + location);
		}
	}

	private static HttpResponse<String> get(HttpClient http, String url, boolean follow) throws Exception {
		// X-Count-Statements: the application answers with X-Statement-Count (spbe.statements.header)
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("X-Count-Statements", "true").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (follow && r.statusCode() == 302) {
			return get(http, URI.create(url).resolve(r.headers().firstValue("Location").orElseThrow()).toString(), false);
		}
		if (r.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + r.statusCode());
		}
		return r;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
