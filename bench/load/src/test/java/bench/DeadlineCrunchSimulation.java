package bench;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitHereIfFailed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deadline crunch (issue 14): agency coordinators and assessors working at once on one node
 * with the national data set, through the pages as a browser uses them (sign-in form, CSRF token
 * from the page, redirects). Agency users (each its own evaluation, so that no save meets a
 * colleague's and every refusal is an error) open the self-assessment overview, an indicator,
 * save its level and justification, sometimes upload a 1 MB PDF, and look at the readiness page;
 * assessors open their inbox, a review overview and review indicator pages. Now and then a user
 * signs out and in again, so sign-in is part of the mix.
 *
 * <p>Every save the server acknowledged (302 back to the indicator) is read back at once on the
 * page it redirects to, and written to {@code load.acks} for the lost-write check after the run
 * (bench/LoadReport.java reads each evaluation back through the API). Any failed request fails the
 * run (assertion: 0 failed requests).
 *
 * <p>System properties (bench/load.sh sets them): load.baseUrl, load.password, load.agencyUsers,
 * load.assessors, load.seconds, load.rampSeconds, load.thinkMinMs, load.thinkMaxMs,
 * load.uploadPercent, load.signOutPercent, load.acks.
 */
public class DeadlineCrunchSimulation extends Simulation {

	static final String BASE = System.getProperty("load.baseUrl", "http://localhost:18614");
	static final String PASSWORD = System.getProperty("load.password", "");
	static final int AGENCY_USERS = Integer.getInteger("load.agencyUsers", 150);
	static final int ASSESSORS = Integer.getInteger("load.assessors", 50);
	static final int SECONDS = Integer.getInteger("load.seconds", 60);
	static final int RAMP_SECONDS = Integer.getInteger("load.rampSeconds", 10);
	static final Duration THINK_MIN = Duration.ofMillis(Integer.getInteger("load.thinkMinMs", 500));
	static final Duration THINK_MAX = Duration.ofMillis(Integer.getInteger("load.thinkMaxMs", 2000));
	static final double UPLOAD_PERCENT = Double.parseDouble(System.getProperty("load.uploadPercent", "15"));
	static final double SIGN_OUT_PERCENT = Double.parseDouble(System.getProperty("load.signOutPercent", "5"));
	static final Path ACKS = Path.of(System.getProperty("load.acks", "target/load-acks.tsv"));
	/** The national data set's Pemdi period, in which the load-test coordinators' evaluations are. */
	static final String PERIOD = "Evaluasi Pemdi 2026 (data nasional)";

	/** Acknowledged saves: user, evaluation, indicator, sequence number of the save, justification. */
	private static final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
	private static final AtomicInteger saves = new AtomicInteger();

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
			.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.acceptLanguageHeader("id-ID,id;q=0.9")
			.userAgentHeader("spbe-load-test (Gatling)")
			.shareConnections();

	static Iterator<Map<String, Object>> accounts(String pattern, int count) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			list.add(Map.of("username", pattern.formatted(i)));
		}
		return list.iterator();
	}

	static ChainBuilder think() {
		return exec(pause(THINK_MIN, THINK_MAX));
	}

	/** The sign-in form: its page for the CSRF token, then the POST, which lands on the home page. */
	static ChainBuilder signIn(String homeCheck) {
		return exec(http("sign-in page").get("/login")
				.check(status().is(200), css("meta[name=csrf-token]", "content").saveAs("csrf")))
				.exitHereIfFailed()
				.exec(http("sign-in").post("/login")
						.formParam("username", "#{username}").formParam("password", PASSWORD).formParam("_csrf", "#{csrf}")
						.check(status().is(200), regex(homeCheck).findRandom().saveAs("evaluation")))
				.exitHereIfFailed();
	}

	static ChainBuilder signOutAndIn(String homeCheck) {
		return randomSwitch().on(percent(SIGN_OUT_PERCENT).then(exec(http("sign-out").post("/logout")
				.formParam("_csrf", "#{csrf}").check(status().is(200), substring("name=\"username\"")))
				.exec(signIn(homeCheck))));
	}

	// ---- agency coordinators ----

	static final String AGENCY_HOME = "href=\"/evaluations/(\\d+)\"[^>]*>" + PERIOD.replace("(", "\\(").replace(")", "\\)") + "</a>";

	static ChainBuilder save = exec(session -> {
		int seq = saves.incrementAndGet();
		String level = String.format(Locale.ROOT, "%.2f", 1 + ThreadLocalRandom.current().nextInt(401) / 100.0);
		return session.set("level", level).set("justification", "Uji beban " + session.getString("username") + " indikator "
				+ session.getString("n") + " simpanan " + seq + " " + UUID.randomUUID()).set("seq", seq);
	}).exec(http("save entry").post("/evaluations/#{evaluation}/indicators/#{n}")
			.formParam("_csrf", "#{csrf}").formParam("version", "#{version}").formParam("level", "#{level}")
			.formParam("justification", "#{justification}")
			.disableFollowRedirect()
			.check(status().is(302), headerRegex("Location", "/evaluations/\\d+/indicators/\\d+$").exists()))
			.exitHereIfFailed()
			.exec(session -> {
				acknowledged.add(String.join("\t", session.getString("username"), session.getString("evaluation"),
						session.getString("n"), String.valueOf(session.getInt("seq")), session.getString("justification")));
				return session;
			})
			// the page the save redirects to, as the browser loads it: it must show what was saved
			.exec(http("indicator page after save").get("/evaluations/#{evaluation}/indicators/#{n}")
					.check(status().is(200), substring("#{justification}")));

	static ChainBuilder upload = exec(session -> session.set("upload", "bukti-uji-beban-" + UUID.randomUUID() + ".pdf"))
			.exec(http("upload 1 MB PDF").post("/evaluations/#{evaluation}/indicators/#{n}/evidence/file")
					.header("X-CSRF-TOKEN", "#{csrf}")
					.bodyPart(StringBodyPart("title", "Bukti uji beban"))
					.bodyPart(StringBodyPart("#{tagName}", "#{tag}"))
					.bodyPart(ByteArrayBodyPart("file", session -> Pdfs.named(session.getString("upload")))
							.fileName("#{upload}").contentType("application/pdf"))
					// redirected back to the indicator page, which names the file as uploaded
					.check(status().is(200), substring("#{upload} diunggah")));

	static ChainBuilder agencyRound = exec(session -> session.remove("version").remove("item"))
			.exec(http("self-assessment overview").get("/evaluations/#{evaluation}")
					.check(status().is(200), regex("/evaluations/\\d+/indicators/(\\d+)\"").findRandom().saveAs("n")))
			.exitHereIfFailed()
			.exec(think())
			.exec(http("indicator page").get("/evaluations/#{evaluation}/indicators/#{n}")
					.check(status().is(200), css("meta[name=csrf-token]", "content").saveAs("csrf"),
							// absent on an indicator fed by a national index: nothing to save there
							css("#entryForm input[name=version]", "value").optional().saveAs("version"),
							css("#upload input[name=items]", "value").findRandom().optional().saveAs("item")))
			.exitHereIfFailed()
			.exec(think())
			.doIf(session -> session.contains("version")).then(exec(save).exec(think())
					.randomSwitch().on(percent(UPLOAD_PERCENT).then(exec(session -> session.contains("item")
							? session.set("tagName", "items").set("tag", session.getString("item"))
							: session.set("tagName", "levels").set("tag", "1")).exec(upload).exec(think()))))
			.exec(http("readiness page").get("/evaluations/#{evaluation}/readiness").check(status().is(200)))
			.exec(think())
			.exec(signOutAndIn(AGENCY_HOME));

	ScenarioBuilder agencies = scenario("agency coordinators")
			.feed(accounts("load-agency-%03d", AGENCY_USERS))
			.exec(signIn(AGENCY_HOME))
			.during(Duration.ofSeconds(SECONDS), false).on(exec(agencyRound).exitHereIfFailed());

	// ---- assessors ----

	static final String ASSESSOR_HOME = "/evaluations/(\\d+)/review\"";

	static ChainBuilder assessorRound = exec(http("assessor inbox").get("/")
			.check(status().is(200), regex(ASSESSOR_HOME).findRandom().saveAs("evaluation")))
			.exitHereIfFailed()
			.exec(think())
			.exec(http("review overview").get("/evaluations/#{evaluation}/review")
					.check(status().is(200), regex("/review/indicators/(\\d+)\"").findAll().saveAs("indicators")))
			.exitHereIfFailed()
			.exec(think())
			.repeat(2).on(exec(session -> {
				List<String> numbers = session.getList("indicators");
				return session.set("n", numbers.get(ThreadLocalRandom.current().nextInt(numbers.size())));
			}).exec(http("review indicator page").get("/evaluations/#{evaluation}/review/indicators/#{n}")
					.check(status().is(200), css("meta[name=csrf-token]", "content").saveAs("csrf")))
					.exec(think()))
			.exec(signOutAndIn(ASSESSOR_HOME));

	ScenarioBuilder assessors = scenario("assessors")
			.feed(accounts("load-assessor-%03d", ASSESSORS))
			.exec(signIn(ASSESSOR_HOME))
			.during(Duration.ofSeconds(SECONDS), false).on(exec(assessorRound).exitHereIfFailed());

	{
		if (PASSWORD.isEmpty()) {
			throw new IllegalStateException("load.password is not set");
		}
		setUp(agencies.injectOpen(rampUsers(AGENCY_USERS).during(RAMP_SECONDS)),
				assessors.injectOpen(rampUsers(ASSESSORS).during(RAMP_SECONDS)))
				.protocols(protocol)
				.maxDuration(Duration.ofSeconds(SECONDS + RAMP_SECONDS + 120))
				.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void after() {
		try {
			Files.createDirectories(ACKS.toAbsolutePath().getParent());
			Files.write(ACKS, new ArrayList<>(acknowledged), StandardCharsets.UTF_8);
			System.out.printf("%d acknowledged saves written to %s%n", acknowledged.size(), ACKS.toAbsolutePath());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
