package id.spbe.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.TestClock;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.agency.AgencyView;
import id.spbe.common.AuditEvent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Periods and enrolment through the API and the pages: a published instrument only, windows in
 * order, changes only before the start (frozen clock), enrolment once per agency, CSV lists all or
 * nothing, an audit event for each change.
 */
@IntegrationTest
@RecordApplicationEvents
class PeriodApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	JsonMapper json;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Agencies agencies;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Clock clock;
	@Autowired
	ApplicationEvents events;
	@Autowired
	org.springframework.context.MessageSource messages;

	@AfterEach
	void letTimeGo() {
		((TestClock) clock).reset();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A period of 2031 named {@code name} on {@code instrument} version {@code version}, with windows {@code shift} days apart. */
	static String body(String name, String instrument, int version, String selfFrom, String selfTo, String reviewFrom) {
		return """
				{"year": 2031, "name": "%s", "instrument": "%s", "instrumentVersion": %d, "windows": {
				 "selfAssessment": {"from": "%s", "to": "%s"}, "documentReview": {"from": "%s", "to": "2031-09-30"},
				 "interview": {"from": "2031-10-01", "to": "2031-10-31"}, "final": {"from": "2031-11-01", "to": "2031-11-30"}}}
				""".formatted(name, instrument, version, selfFrom, selfTo, reviewFrom);
	}

	MockHttpServletResponse api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String body) throws Exception {
		return mvc.perform(request.with(httpBasic("admin", "demo")).contentType("application/json").content(body))
				.andReturn().getResponse();
	}

	long periods() {
		return jdbc.queryForObject("select count(*) from evaluation_period", Long.class);
	}

	String message(MockHttpServletResponse r) throws Exception {
		return json.readTree(r.getContentAsString()).get("message").asString();
	}

	@Test
	void aPeriodIsCreatedOnAPublishedInstrumentAndListed() throws Exception {
		String name = "Evaluasi Uji " + unique();
		MockHttpServletResponse created = api(post("/api/periods"),
				body(name, "spbe-2020", 1, "2031-06-01", "2031-07-31", "2031-08-01"));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode period = json.readTree(created.getContentAsString());
		assertThat(period.get("instrument").asString()).isEqualTo("spbe-2020");
		assertThat(period.get("windows").get("interview").get("from").asString()).isEqualTo("2031-10-01");
		assertThat(period.get("enrolled").asLong()).isZero();
		JsonNode list = json.readTree(mvc.perform(get("/api/periods").with(httpBasic("admin", "demo"))).andReturn()
				.getResponse().getContentAsString());
		assertThat(list.findValuesAsString("name")).contains(name);
		assertThat(events.stream(AuditEvent.class)).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo("PERIOD_CREATED");
			assertThat(e.objectId()).isEqualTo(period.get("id").asString());
		});
	}

	@Test
	void aDraftOrRetiredInstrumentIsRefusedAndNothingIsStored() throws Exception {
		for (String status : new String[] { "DRAFT", "RETIRED" }) {
			String code = "uji-" + unique();
			if (status.equals("DRAFT")) {
				// a draft has a document since instrument versions (V9): make it as an administrator does; it once
				// answered "unknown instrument version" instead of saying it is a draft
				MockHttpServletResponse made = api(post("/api/instruments"), ("{\"code\": \"%s\", \"name\": {\"id\": \"Uji\", "
						+ "\"en\": \"Test\"}, \"regulation\": \"Uji\", \"fractionalValues\": false, \"scaleMin\": 1, "
						+ "\"scaleMax\": 5}").formatted(code));
				assertThat(made.getStatus()).as(made.getContentAsString()).isEqualTo(201);
				long before = periods();
				MockHttpServletResponse r = api(post("/api/periods"),
						body("Evaluasi DRAFT " + unique(), code, 1, "2031-06-01", "2031-07-31", "2031-08-01"));
				assertThat(r.getStatus()).isEqualTo(400);
				assertThat(message(r)).isEqualTo("Instrumen " + code + " versi 1 berstatus Draf; periode hanya dapat memakai versi yang sudah terbit.");
				assertThat(periods()).isEqualTo(before);
				// other tests count the stored instruments
				jdbc.update("delete from instrument where code = ?", code);
				continue;
			}
			jdbc.update("insert into instrument (code, version, name_id, name_en, regulation, status, fractional_values, "
					+ "scale_min, scale_max, index_name_id, index_name_en, checksum, loaded_at, document) select ?, 1, name_id, "
					+ "name_en, regulation, ?, fractional_values, scale_min, scale_max, index_name_id, index_name_en, checksum, "
					+ "now(), case when ? = 'DRAFT' then '{}' end from instrument where code = 'spbe-2020' and version = 1",
					code, status, status);
			long before = periods();
			MockHttpServletResponse r = api(post("/api/periods"),
					body("Evaluasi " + status + " " + unique(), code, 1, "2031-06-01", "2031-07-31", "2031-08-01"));
			assertThat(r.getStatus()).isEqualTo(400);
			assertThat(message(r)).contains(code).contains("hanya dapat memakai versi yang sudah terbit");
			assertThat(periods()).isEqualTo(before);
			// other tests count the stored instruments
			jdbc.update("delete from instrument where code = ?", code);
		}
	}

	/** The bounds once read "2.018 dan 2.100" (years formatted as thousands). */
	@Test
	void aYearOutOfRangeNamesTheBoundsAsYears() throws Exception {
		long before = periods();
		MockHttpServletResponse r = api(post("/api/periods"),
				body("Evaluasi " + unique(), "spbe-2020", 1, "2031-06-01", "2031-07-31", "2031-08-01").replace("2031, \"name\"",
						"-5, \"name\""));
		assertThat(r.getStatus()).isEqualTo(400);
		assertThat(message(r)).isEqualTo("Tahun harus antara 2018 dan 2100.");
		assertThat(periods()).isEqualTo(before);
	}

	@Test
	void windowsOutOfOrderOrOverlappingAreRefusedWithTheDates() throws Exception {
		long before = periods();
		MockHttpServletResponse overlap = api(post("/api/periods"),
				body("Evaluasi Tumpang " + unique(), "spbe-2020", 1, "2031-06-01", "2031-08-05", "2031-08-01"));
		assertThat(overlap.getStatus()).isEqualTo(400);
		assertThat(message(overlap)).contains("2031-08-01").contains("2031-08-05").contains("Penilaian dokumen");
		MockHttpServletResponse reversed = mvc.perform(post("/api/periods").with(httpBasic("admin", "demo"))
				.header("Accept-Language", "en").contentType("application/json")
				.content(body("Evaluasi Terbalik " + unique(), "spbe-2020", 1, "2031-07-31", "2031-06-01", "2031-08-01")))
				.andReturn().getResponse();
		assertThat(reversed.getStatus()).isEqualTo(400);
		assertThat(message(reversed)).isEqualTo("Self-assessment: the start 2031-07-31 is after the end 2031-06-01.");
		MockHttpServletResponse badDate = api(post("/api/periods"),
				body("Evaluasi Tanggal " + unique(), "spbe-2020", 1, "2031-02-30", "2031-07-31", "2031-08-01"));
		assertThat(badDate.getStatus()).isEqualTo(400);
		assertThat(periods()).isEqualTo(before);
	}

	@Test
	void aPeriodChangesBeforeItStartsAndNotAfter() throws Exception {
		String name = "Evaluasi Ubah " + unique();
		long id = json.readTree(api(post("/api/periods"), body(name, "spbe-2020", 1, "2031-06-01", "2031-07-31",
				"2031-08-01")).getContentAsString()).get("id").asLong();
		((TestClock) clock).freeze(LocalDate.of(2031, 5, 31));
		MockHttpServletResponse changed = api(put("/api/periods/{id}", id),
				body(name, "spbe-2020", 1, "2031-06-01", "2031-07-15", "2031-08-01"));
		assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
		assertThat(json.readTree(changed.getContentAsString()).get("windows").get("selfAssessment").get("to").asString())
				.isEqualTo("2031-07-15");
		assertThat(events.stream(AuditEvent.class)).anyMatch(e -> e.action().equals("PERIOD_CHANGED"));
		((TestClock) clock).freeze(LocalDate.of(2031, 6, 1));
		MockHttpServletResponse refused = api(put("/api/periods/{id}", id),
				body(name, "spbe-2020", 1, "2031-06-01", "2031-07-20", "2031-08-01"));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(message(refused)).contains("2031-06-01");
		assertThat(jdbc.queryForObject("select self_assessment_end from evaluation_period where id = ?", LocalDate.class, id))
				.isEqualTo(LocalDate.of(2031, 7, 15));
	}

	AgencyView agency(String province) {
		return agencies.findOrCreate("Pemerintah Kota Daftar " + unique(), AgencyType.KOTA, province);
	}

	long newPeriod() throws Exception {
		return json.readTree(api(post("/api/periods"), body("Evaluasi Daftar " + unique(), "pemdi-2026", 1, "2031-06-01",
				"2031-07-31", "2031-08-01")).getContentAsString()).get("id").asLong();
	}

	@Test
	void enrollingTwiceCountsTheAgenciesAlreadyInAndChangesNothingForThem() throws Exception {
		long period = newPeriod();
		AgencyView a = agency("Uji");
		AgencyView b = agency("Uji");
		String ids = "{\"agencyIds\": [" + a.id() + ", " + b.id() + "]}";
		JsonNode first = json.readTree(api(post("/api/periods/{id}/enrolments", period), ids).getContentAsString());
		assertThat(first.get("added").asInt()).isEqualTo(2);
		assertThat(first.get("alreadyIn").asInt()).isZero();
		String rows = jdbc.queryForObject("select string_agg(e.id || ':' || e.state || ':' || e.version || ':' || "
				+ "(select count(*) from indicator_assessment i where i.evaluation_id = e.id), ',' order by e.id) "
				+ "from evaluation e where e.period_id = ?", String.class, period);
		assertThat(rows).contains(":SELF_ASSESSMENT:").contains(":20");
		JsonNode second = json.readTree(api(post("/api/periods/{id}/enrolments", period), ids).getContentAsString());
		assertThat(second.get("added").asInt()).isZero();
		assertThat(second.get("alreadyIn").asInt()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select string_agg(e.id || ':' || e.state || ':' || e.version || ':' || "
				+ "(select count(*) from indicator_assessment i where i.evaluation_id = e.id), ',' order by e.id) "
				+ "from evaluation e where e.period_id = ?", String.class, period)).isEqualTo(rows);
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("PERIOD_ENROLMENT"))).hasSize(1);
	}

	@Test
	void aFilterEnrolsTheActiveAgenciesOfAProvinceAndBadChoicesAreRefused() throws Exception {
		long period = newPeriod();
		String province = "Provinsi Uji " + unique();
		agency(province);
		agency(province);
		JsonNode done = json.readTree(api(post("/api/periods/{id}/enrolments", period),
				"{\"type\": \"KOTA\", \"province\": \"" + province.toUpperCase() + "\"}").getContentAsString());
		assertThat(done.get("added").asInt()).isEqualTo(2);
		long before = jdbc.queryForObject("select count(*) from evaluation", Long.class);
		MockHttpServletResponse nothing = api(post("/api/periods/{id}/enrolments", period), "{}");
		assertThat(nothing.getStatus()).isEqualTo(400);
		MockHttpServletResponse unknown = api(post("/api/periods/{id}/enrolments", period), "{\"agencyIds\": [999999999]}");
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(message(unknown)).contains("999999999");
		MockHttpServletResponse none = api(post("/api/periods/{id}/enrolments", period),
				"{\"province\": \"Tidak Ada " + unique() + "\"}");
		assertThat(none.getStatus()).isEqualTo(400);
		// "all" together with a filter is ambiguous: refused rather than enrolling every agency
		MockHttpServletResponse allAndFilter = api(post("/api/periods/{id}/enrolments", period),
				"{\"all\": true, \"province\": \"" + province + "\"}");
		assertThat(allAndFilter.getStatus()).isEqualTo(400);
		assertThat(message(allAndFilter)).startsWith("Pilih salah satu: semua instansi aktif");
		// the same on the page: the "all" radio with a province typed, refused with the province kept
		MvcResult page = mvc.perform(post("/admin/periods/{id}/enrolments", period).param("scope", "ALL")
				.param("province", province).with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/admin/periods/" + period);
		BindingResult pageErrors = (BindingResult) page.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "enrolForm");
		assertThat(pageErrors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("enrolment.error.allWithFilter");
		assertThat(pageErrors.getFieldValue("province")).isEqualTo(province);
		assertThat(jdbc.queryForObject("select count(*) from evaluation", Long.class)).isEqualTo(before);
	}

	@Test
	void aCsvListWithABadLineEnrolsNobodyAndAGoodOneEnrolsEveryone() throws Exception {
		long period = newPeriod();
		AgencyView a = agency("Uji");
		AgencyView b = agency("Uji");
		MvcResult bad = mvc.perform(multipart("/admin/periods/{id}/enrolments/csv", period)
				.file(new MockMultipartFile("file", "daftar.csv", "text/csv",
						("agency\n" + a.name() + "\nPemda Yang Tidak Ada\n").getBytes()))
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(bad.getResponse().getRedirectedUrl()).isEqualTo("/admin/periods/" + period);
		BindingResult errors = (BindingResult) bad.getFlashMap().get(BindingResult.MODEL_KEY_PREFIX + "enrolCsvForm");
		assertThat(errors.getGlobalErrors().stream().map(e -> messages.getMessage(e, java.util.Locale.forLanguageTag("id"))))
				.contains("Baris 3, kolom agency: Instansi tidak dikenal: \"Pemda Yang Tidak Ada\".");
		assertThat(jdbc.queryForObject("select count(*) from evaluation where period_id = ?", Long.class, period)).isZero();
		MvcResult good = mvc.perform(multipart("/admin/periods/{id}/enrolments/csv", period)
				.file(new MockMultipartFile("file", "daftar.csv", "text/csv", ("agency\n" + a.name() + "\n" + b.name() + "\n")
						.getBytes()))
				.with(user(fixtures.login("admin"))).with(csrf())).andReturn();
		assertThat(good.getFlashMap().get("success")).isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from evaluation where period_id = ?", Long.class, period))
				.isEqualTo(2);
	}

	@Test
	void thePageFormKeepsWhatWasTypedWhenWindowsOverlap() throws Exception {
		long before = periods();
		String name = "Evaluasi Halaman " + unique();
		MvcResult r = mvc.perform(post("/admin/periods").with(user(fixtures.login("admin"))).with(csrf())
				.param("year", "2031").param("name", name)
				.param("instrumentId", "" + jdbc.queryForObject("select id from instrument where code = 'spbe-2020' and version = 1", Long.class))
				.param("selfFrom", "2031-06-01").param("selfTo", "2031-08-05").param("reviewFrom", "2031-08-01")
				.param("reviewTo", "2031-09-30").param("interviewFrom", "2031-10-01").param("interviewTo", "2031-10-31")
				.param("finalFrom", "2031-11-01").param("finalTo", "2031-11-30")).andReturn();
		String page = org.springframework.web.util.HtmlUtils.htmlUnescape(r.getResponse().getContentAsString());
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		assertThat(page).contains("Tahap Penilaian dokumen mulai 2031-08-01, padahal tahap Penilaian mandiri baru selesai 2031-08-05");
		assertThat(page).contains("value=\"" + name + "\"").contains("value=\"2031-08-05\"");
		assertThat(periods()).isEqualTo(before);
		MvcResult ok = mvc.perform(post("/admin/periods").with(user(fixtures.login("admin"))).with(csrf())
				.param("year", "2031").param("name", name)
				.param("instrumentId", "" + jdbc.queryForObject("select id from instrument where code = 'spbe-2020' and version = 1", Long.class))
				.param("selfFrom", "2031-06-01").param("selfTo", "2031-07-31").param("reviewFrom", "2031-08-01")
				.param("reviewTo", "2031-09-30").param("interviewFrom", "2031-10-01").param("interviewTo", "2031-10-31")
				.param("finalFrom", "2031-11-01").param("finalTo", "2031-11-30")).andReturn();
		assertThat(ok.getResponse().getRedirectedUrl()).startsWith("/admin/periods/");
		for (String path : new String[] { ok.getResponse().getRedirectedUrl(), "/admin/periods", "/admin/periods/new" }) {
			MockHttpServletResponse shown = mvc.perform(get(path).with(user(fixtures.login("admin")))).andReturn().getResponse();
			assertThat(shown.getStatus()).as(path).isEqualTo(200);
			assertThat(shown.getContentAsString()).as(path).contains(path.equals("/admin/periods/new") ? "period-form" : name);
		}
	}
}
