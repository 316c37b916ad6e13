package id.spbe.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.common.AuditEvent;
import id.spbe.common.Wib;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrators' view of the log: filters, newest first, bounded pages, the CSV export,
 * refused parameters with their message, and refusal of everyone else on the page, the export
 * and the API.
 */
@IntegrationTest
class AuditPageTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	ApplicationEventPublisher publisher;
	@Autowired
	Clock clock;

	/** {@code count} events by a fresh actor, numbered in the detail; every third about {@code agencyId}. */
	private String actorWith(int count, long agencyId) {
		String actor = "Pelaku" + UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= count; i++) {
			publisher.publishEvent(AuditEvent.of(i % 2 == 0 ? "WORKFLOW_REOPEN" : "TEST_UNNAMED_ACTION", "evaluation", i,
					i % 3 == 0 ? agencyId : null, "n" + i).by(actor));
		}
		return actor;
	}

	private JsonNode api(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.with(httpBasic("admin", "demo"))).andExpect(status().isOk()).andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> details(JsonNode answer) {
		List<String> details = new java.util.ArrayList<>();
		answer.get("entries").forEach(e -> details.add(e.get("detail").asString()));
		return details;
	}

	@Test
	void theApiFiltersByUserAgencyActionAndDaysNewestFirstInBoundedPages() throws Exception {
		long agency = fixtures.newAgency("spbe-2020").agencyId();
		String actor = actorWith(120, agency);

		// the user filter ignores case; newest first, 50 a page, and whether another page follows
		JsonNode first = api(get("/api/audit").param("user", actor.toLowerCase()));
		assertThat(first.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("pageSize").asInt()).isEqualTo(AuditLog.PAGE_SIZE);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(details(first)).hasSize(50).startsWith("n120", "n119").endsWith("n71");
		assertThat(first.get("entries").get(0).get("username").asString()).isEqualTo(actor);
		JsonNode third = api(get("/api/audit").param("user", actor).param("page", "3"));
		assertThat(details(third)).hasSize(20).endsWith("n1");
		assertThat(third.get("hasNext").asBoolean()).isFalse();

		// agency, action (typed in any case) and both together
		assertThat(details(api(get("/api/audit").param("agency", String.valueOf(agency)).param("user", actor))))
				.hasSize(40).allSatisfy(d -> assertThat(Integer.parseInt(d.substring(1)) % 3).isZero());
		assertThat(details(api(get("/api/audit").param("user", actor).param("action", "workflow_reopen").param("page", "2"))))
				.hasSize(10).allSatisfy(d -> assertThat(Integer.parseInt(d.substring(1)) % 2).isZero());
		assertThat(details(api(get("/api/audit").param("user", actor).param("action", "WORKFLOW_REOPEN")
				.param("agency", String.valueOf(agency))))).hasSize(20);

		// days in WIB, both ends inclusive
		LocalDate today = Wib.today(clock);
		assertThat(details(api(get("/api/audit").param("user", actor).param("from", today.toString())
				.param("to", today.toString())))).hasSize(50);
		assertThat(details(api(get("/api/audit").param("user", actor).param("from", today.plusDays(1).toString()))))
				.isEmpty();
		assertThat(details(api(get("/api/audit").param("user", actor).param("to", today.minusDays(1).toString()))))
				.isEmpty();
	}

	@Test
	void thePageShowsTheFilteredLogWithActionNamesAndKeepsTheFilter() throws Exception {
		long agency = fixtures.newAgency("spbe-2020").agencyId();
		String actor = actorWith(3, agency);
		String html = mvc.perform(get("/admin/audit").param("user", actor).with(user(fixtures.login("admin"))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(html.split("data-testid=\"audit-row\"", -1)).hasSize(4);
		assertThat(html).contains("Evaluasi dibuka kembali") // a named action, in Indonesian
				.contains(">TEST_UNNAMED_ACTION<") // an action without a name shows as it is
				.contains("value=\"" + actor + "\"") // the filter as typed
				.contains("/admin/audit/export?user=" + actor);
		String english = mvc.perform(get("/admin/audit").param("user", actor).param("lang", "en")
				.with(user(fixtures.login("admin")))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("Evaluation reopened");

		String home = mvc.perform(get("/").with(user(fixtures.login("admin")))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).contains("data-testid=\"admin-audit-link\"").contains("href=\"/admin/audit\"");
	}

	@Test
	void theExportIsTheFilteredLogAsCsvWithFormulasDefused() throws Exception {
		long agency = fixtures.newAgency("spbe-2020").agencyId();
		String actor = actorWith(4, agency);
		publisher.publishEvent(AuditEvent.of("TEST_FORMULA", null, null, null, "=HYPERLINK(\"http://x\")").by(actor));
		MvcResult result = mvc.perform(get("/admin/audit/export").param("user", actor).with(user(fixtures.login("admin"))))
				.andExpect(status().isOk()).andReturn();

		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("audit-log.csv");
		List<String> lines = result.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(6);
		assertThat(lines.get(0)).startsWith("\uFEFFWaktu (WIB),ID pengguna,Pengguna,Alamat,Kode tindakan,Tindakan");
		assertThat(lines.get(1)).contains(actor).contains("TEST_FORMULA").contains("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(lines.get(2)).contains("WORKFLOW_REOPEN,Evaluasi dibuka kembali,evaluation,4,,n4");
		assertThat(lines.get(4)).contains("WORKFLOW_REOPEN,Evaluasi dibuka kembali,evaluation,2,,n2");
		assertThat(lines.get(5)).contains("TEST_UNNAMED_ACTION,TEST_UNNAMED_ACTION,evaluation,1,,n1");
		assertThat(lines.get(3)).contains("evaluation,3," + agency + ",n3");

		// the export takes the same filter as the page
		MvcResult filtered = mvc.perform(get("/admin/audit/export").param("user", actor).param("action", "WORKFLOW_REOPEN")
				.with(user(fixtures.login("admin")))).andReturn();
		assertThat(filtered.getResponse().getContentAsString(StandardCharsets.UTF_8).lines()).hasSize(3);
	}

	@Test
	void badParametersAreRefusedWithAMessageAndTheTypedFilterIsKept() throws Exception {
		record Bad(String parameter, String value, String message) {
		}
		for (Bad bad : List.of(new Bad("from", "2026-13-01", "Parameter from: Bukan tanggal yang sah"),
				new Bad("to", "kemarin", "Parameter to: Bukan tanggal yang sah"),
				new Bad("from", "1900-01-01", "Parameter from: Tanggal harus antara tahun 2000 dan 9999"),
				new Bad("page", "0", "Parameter page: Halaman harus antara 1 dan 200"),
				new Bad("page", "201", "Parameter page: Halaman harus antara 1 dan 200"),
				new Bad("page", "dua", "Parameter page: Bukan angka yang sah"),
				new Bad("page", "9".repeat(30), "Parameter page: Bilangan bulat terlalu panjang"),
				new Bad("agency", "Kota Bogor", "Parameter agency: Bukan angka yang sah"),
				new Bad("action", "drop table", "Parameter action: Kode tindakan tidak sah"),
				new Bad("user", "u".repeat(101), "Parameter user: Nama pengguna terlalu panjang"))) {
			String body = mvc.perform(get("/api/audit").param(bad.parameter(), bad.value()).with(httpBasic("admin", "demo")))
					.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(JSON.readTree(body).get("message").asString()).as(bad.toString()).startsWith(bad.message());
		}
		String range = mvc.perform(get("/api/audit").param("from", "2026-05-02").param("to", "2026-05-01")
				.header("Accept-Language", "en").with(httpBasic("admin", "demo")))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(JSON.readTree(range).get("message").asString())
				.isEqualTo("Parameter to: The end date 2026-05-01 is before the start date 2026-05-02.");

		// the page and the export show the refusal beside the filter as typed, and list nothing
		for (String path : List.of("/admin/audit", "/admin/audit/export")) {
			MvcResult page = mvc.perform(get(path).param("from", "2026-13-01").param("user", "siapa")
					.with(user(fixtures.login("admin")))).andExpect(status().isBadRequest()).andReturn();
			String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).contains("Bukan tanggal yang sah (tulis TTTT-BB-HH): &quot;2026-13-01&quot;")
					.contains("value=\"2026-13-01\"").contains("value=\"siapa\"").doesNotContain("data-testid=\"audit-row\"");
		}
	}

	@Test
	void nobodyButAnAdministratorSeesTheLog() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("spbe-2020");
		for (String name : List.of(c.agency().coordinatorName(), c.agency().operatorName(), c.team().leadName())) {
			mvc.perform(get("/admin/audit").with(user(fixtures.login(name)))).andExpect(status().isForbidden());
			mvc.perform(get("/admin/audit/export").with(user(fixtures.login(name)))).andExpect(status().isForbidden());
			String body = mvc.perform(get("/api/audit").with(httpBasic(name, "demo"))).andExpect(status().isForbidden())
					.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(JSON.readTree(body).get("message").asString())
					.isEqualTo("Hanya administrator yang boleh memakai ini.");
		}
		mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
	}
}
