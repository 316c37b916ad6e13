package id.spbe.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.agency.Agencies;
import id.spbe.agency.AgencyType;
import id.spbe.evaluation.Evaluations;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's figures against a recomputation by hand and by the instrument's calculator on a
 * small period of its own (four agencies), the cache following every change, the table's
 * filters, sort and pages, the exports' content and the refusal of bad query parameters.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	JsonMapper json;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Agencies agencies;
	@Autowired
	Evaluations evaluations;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	Fixtures fixtures;

	DashboardTestData data;
	InstrumentDefinition pemdi;
	String province;
	long alfa;
	long beta;
	long gamma;
	long delta;
	Map<Integer, BigDecimal> alfaSelf = new HashMap<>();

	@BeforeAll
	void data() {
		data = new DashboardTestData(jdbc, agencies, evaluations, instruments, fixtures, "Dasbor uji");
		pemdi = instruments.current("pemdi-2026").orElseThrow();
		province = "Provinsi Uji " + data.tag;
		int[] all = pemdi.allIndicators().stream().mapToInt(InstrumentDefinition.Indicator::number).toArray();
		alfa = data.agency("Pemerintah Kota Alfa", AgencyType.KOTA, province);
		for (int n : all) {
			alfaSelf.put(n, n % 2 == 1 ? new BigDecimal("3.00") : new BigDecimal("2.50"));
		}
		data.levels(alfa, "SELF", alfaSelf);
		data.justify(alfa, all);
		data.approve(alfa, all);
		data.evidence(alfa, all);
		data.state(alfa, "SUBMITTED");
		beta = data.agency("Pemerintah Kabupaten Beta", AgencyType.KABUPATEN, province);
		data.levels(beta, "SELF", constant(all, "4.00"));
		data.levels(beta, "FINAL", constant(all, "3.50"));
		data.state(beta, "FINALISED");
		gamma = data.agency("Kementerian Gamma", AgencyType.KEMENTERIAN_LEMBAGA, null);
		data.levels(gamma, "SELF", constant(new int[] { 1, 2, 3, 4, 5 }, "2.00"));
		data.justify(gamma, 1, 2, 3);
		data.evidence(gamma, 1, 2);
		data.approve(gamma, 1);
		delta = data.agency("Pemerintah Provinsi Delta", AgencyType.PROVINSI, province);
		data.levels(delta, "SELF", constant(all, "1.20"));
		// every final level set, but not finalised: no final index yet
		data.levels(delta, "FINAL", constant(all, "2.00"));
		data.state(delta, "FINAL_REVIEW");
	}

	/**
	 * Gamma's levels: those of indicators 1-5 its agency assesses; the indicators fed by national
	 * indices are not the agency's work and not counted.
	 */
	int gammaLevels() {
		return (int) pemdi.allIndicators().stream().filter(i -> !i.isExternal() && i.number() <= 5).count();
	}

	/** The indicators the agency assesses: all but those fed by a national index. */
	int assessed() {
		return (int) pemdi.allIndicators().stream().filter(i -> !i.isExternal()).count();
	}

	@Test
	void figuresMatchARecomputation() throws Exception {
		JsonNode d = api("");
		assertThat(d.get("agencies").asInt()).isEqualTo(4);
		JsonNode states = d.get("states");
		assertThat(states.get("SUBMITTED").asInt()).isEqualTo(1);
		assertThat(states.get("FINALISED").asInt()).isEqualTo(1);
		assertThat(states.get("SELF_ASSESSMENT").asInt()).isEqualTo(1);
		assertThat(states.get("FINAL_REVIEW").asInt()).isEqualTo(1);
		assertThat(states.get("INTERVIEW").asInt()).isZero();

		BigDecimal alfaIndex = IndexCalculator.compute(pemdi, alfaSelf).overall();
		JsonNode a = row(d, alfa);
		assertThat(a.get("selfIndex").asString()).isEqualTo(alfaIndex.toPlainString());
		assertThat(a.get("selfPredikat").asString()).isEqualTo(IndexCalculator.predikat(pemdi, alfaIndex).predikat());
		assertThat(a.get("finalIndex").isNull()).isTrue();
		// the indicators the agency assesses: the four fed by a national index are not its work
		assertThat(a.get("progress").get("evidenced").asInt()).isEqualTo(assessed());
		JsonNode b = row(d, beta);
		assertThat(b.get("selfIndex").asString()).isEqualTo("4.00");
		assertThat(b.get("finalIndex").asString()).isEqualTo("3.50");
		assertThat(b.get("finalPredikat").asString()).isEqualTo(IndexCalculator.predikat(pemdi, new BigDecimal("3.50")).predikat());
		assertThat(row(d, delta).get("finalIndex").isNull()).as("final review, not finalised").isTrue();
		JsonNode g = row(d, gamma).get("progress");
		assertThat(List.of(g.get("indicators").asInt(), g.get("levels").asInt(), g.get("justified").asInt(),
				g.get("evidenced").asInt(), g.get("approved").asInt())).containsExactly(assessed(), gammaLevels(), 3, 2, 1);
		assertThat(row(d, gamma).get("selfIndex").isNull()).as("incomplete self-assessment").isTrue();

		// half-level bins from 1.00: 1.20 in the first, 4.00 in the seventh; final 3.50 in the sixth
		JsonNode index = d.get("histograms").get("index");
		assertThat(index.get("bins").size()).isEqualTo(8);
		long[] self = new long[8];
		for (BigDecimal v : List.of(alfaIndex, new BigDecimal("4.00"), new BigDecimal("1.20"))) {
			self[v.subtract(BigDecimal.ONE).divide(new BigDecimal("0.5"), 0, RoundingMode.FLOOR).intValue()]++;
		}
		for (int i = 0; i < 8; i++) {
			assertThat(index.get("self").get(i).asLong()).as("self bin " + i).isEqualTo(self[i]);
		}
		assertThat(index.get("self").get(0).asLong()).isEqualTo(1);
		assertThat(index.get("final").get(5).asLong()).isEqualTo(1);
		assertThat(index.get("bins").get(5).asString()).isEqualTo("3.50–3.99");
		JsonNode predikat = d.get("histograms").get("predikat");
		int band = 0;
		for (JsonNode name : predikat.get("bins")) {
			if (name.asString().equals(b.get("finalPredikat").asString())) {
				assertThat(predikat.get("final").get(band).asLong()).isEqualTo(1);
			}
			band++;
		}

		JsonNode p = provinceRow(d, province);
		assertThat(p.get("governments").asInt()).isEqualTo(3);
		assertThat(p.get("selfCount").asInt()).isEqualTo(3);
		assertThat(p.get("selfAverage").asString()).isEqualTo(alfaIndex.add(new BigDecimal("4.00")).add(new BigDecimal("1.20"))
				.divide(new BigDecimal("3"), 2, RoundingMode.HALF_UP).toPlainString());
		assertThat(p.get("finalCount").asInt()).isEqualTo(1);
		assertThat(p.get("finalAverage").asString()).isEqualTo("3.50");
	}

	@Test
	void everyChangeIsSeenAtOnce() throws Exception {
		DashboardTestData own = new DashboardTestData(jdbc, agencies, evaluations, instruments, fixtures, "Dasbor cache");
		long e = own.agency("Pemerintah Kota Cache", AgencyType.KOTA, "Cache");
		own.levels(e, "SELF", constant(pemdi.allIndicators().stream().mapToInt(i -> i.number()).toArray(), "2.00"));
		long evidence = own.evidence(e, 1);
		JsonNode before = row(api(own.periodId, ""), e);
		assertThat(before.get("selfIndex").asString()).isEqualTo("2.00");
		assertThat(before.get("progress").get("evidenced").asInt()).isEqualTo(1);
		own.levels(e, "SELF", Map.of(1, new BigDecimal("5.00")));
		jdbc.update("update evidence set hidden = true where id = ?", evidence);
		own.state(e, "SUBMITTED");
		Map<Integer, BigDecimal> values = new HashMap<>();
		pemdi.allIndicators().forEach(i -> values.put(i.number(), new BigDecimal(i.number() == 1 ? "5.00" : "2.00")));
		JsonNode after = row(api(own.periodId, ""), e);
		assertThat(after.get("selfIndex").asString()).isEqualTo(IndexCalculator.compute(pemdi, values).overall().toPlainString());
		assertThat(after.get("progress").get("evidenced").asInt()).as("hidden evidence").isZero();
		assertThat(after.get("state").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void filtersSortAndSearch() throws Exception {
		assertThat(names(api("?state=FINALISED"))).containsExactly(name("Pemerintah Kabupaten Beta"));
		assertThat(names(api("?type=kota"))).containsExactly(name("Pemerintah Kota Alfa"));
		MockHttpServletResponse byProvince = mvc.perform(get("/api/periods/" + data.periodId + "/dashboard")
				.param("province", province.toLowerCase()).with(user(fixtures.login("admin")))).andReturn().getResponse();
		assertThat(names(json.readTree(byProvince.getContentAsString()))).hasSize(3);
		String betaFinal = row(api(""), beta).get("finalPredikat").asString();
		assertThat(names(api("?predikat=" + betaFinal))).containsExactly(name("Pemerintah Kabupaten Beta"));
		assertThat(names(api("?q=GAMMA"))).containsExactly(name("Kementerian Gamma"));
		assertThat(names(api("?sort=-selfIndex"))).containsExactly(name("Pemerintah Kabupaten Beta"),
				name("Pemerintah Kota Alfa"), name("Pemerintah Provinsi Delta"), name("Kementerian Gamma"));
		assertThat(names(api("?sort=selfIndex"))).as("no index last either way").containsExactly(
				name("Pemerintah Provinsi Delta"), name("Pemerintah Kota Alfa"), name("Pemerintah Kabupaten Beta"),
				name("Kementerian Gamma"));
		assertThat(names(api("?sort=-name"))).containsExactly(name("Pemerintah Provinsi Delta"), name("Pemerintah Kota Alfa"),
				name("Pemerintah Kabupaten Beta"), name("Kementerian Gamma"));
		JsonNode table = api("?state=SELF_ASSESSMENT&q=beta").get("table");
		assertThat(table.get("total").asInt()).isZero();
		assertThat(table.get("rows").size()).isZero();
	}

	@Test
	void pagesOfFifty() throws Exception {
		DashboardTestData many = new DashboardTestData(jdbc, agencies, evaluations, instruments, fixtures, "Dasbor halaman");
		for (int i = 0; i < 55; i++) {
			many.agency(String.format("Pemerintah Kabupaten Halaman %02d", i), AgencyType.KABUPATEN, "Halaman");
		}
		JsonNode second = api(many.periodId, "?page=2").get("table");
		assertThat(second.get("total").asInt()).isEqualTo(55);
		assertThat(second.get("pages").asInt()).isEqualTo(2);
		assertThat(second.get("rows").size()).isEqualTo(5);
		assertThat(second.get("rows").get(0).get("name").asString()).startsWith("Pemerintah Kabupaten Halaman 50");
		assertThat(api(many.periodId, "?page=3").get("table").get("rows").size()).isZero();
		assertThat(api(many.periodId, "").get("table").get("rows").size()).isEqualTo(50);
	}

	@Test
	void exportsHoldTheFilteredTable() throws Exception {
		MockHttpServletResponse csv = admin("/api/periods/" + data.periodId + "/dashboard.csv?sort=-selfIndex");
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).contains("attachment").contains(".csv");
		String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		String[] lines = text.substring(1).split("\r\n");
		assertThat(lines).hasSize(5);
		assertThat(lines[0]).startsWith("Instansi,Jenis,Provinsi,Tahap,Indikator");
		assertThat(lines[1]).isEqualTo(name("Pemerintah Kabupaten Beta") + ",KABUPATEN," + province
				+ ",FINALISED," + assessed() + "," + assessed() + ",0,0,0,4.00," + row(api(""), beta).get("selfPredikat").asString() + ",3.50,"
				+ row(api(""), beta).get("finalPredikat").asString());
		String filtered = new String(admin("/admin/periods/" + data.periodId + "/dashboard.csv?type=KEMENTERIAN_LEMBAGA")
				.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(filtered.split("\r\n")).hasSize(2);
		assertThat(filtered.split("\r\n")[1]).startsWith(name("Kementerian Gamma") + ",KEMENTERIAN_LEMBAGA,,SELF_ASSESSMENT," + assessed() + "," + gammaLevels() + ",3,2,1,,");

		MockHttpServletResponse xlsx = admin("/api/periods/" + data.periodId + "/dashboard.xlsx?state=FINALISED");
		assertThat(xlsx.getStatus()).isEqualTo(200);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Instansi");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(name("Pemerintah Kabupaten Beta"));
			assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(assessed());
			assertThat(sheet.getRow(1).getCell(11).getNumericCellValue()).isEqualTo(3.5);
		}
	}

	@Test
	void aFormulaInANameIsWrittenAsText() {
		assertThat(DashboardExport.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(DashboardExport.csvField("Kota A, B")).isEqualTo("\"Kota A, B\"");
	}

	@Test
	void badQueryParametersAreRefusedWithAMessage() throws Exception {
		Map<String, String> refused = Map.of(
				"?sort=besar", "Urutan \"besar\" tidak dikenal; gunakan salah satu dari: name, type, province, state, progress, selfIndex, finalIndex",
				"?state=SELESAI", "Nilai \"SELESAI\" untuk state tidak dikenal",
				"?type=DESA", "Nilai \"DESA\" untuk type tidak dikenal",
				"?predikat=Istimewa", "Nilai \"Istimewa\" untuk predikat tidak dikenal",
				"?page=0", "Halaman \"0\" tidak valid",
				"?page=dua", "dua",
				"?page=1234567890", "1234567890",
				"?q=" + "x".repeat(101), "Parameter q terlalu panjang");
		for (Map.Entry<String, String> r : refused.entrySet()) {
			for (String path : List.of("/dashboard", "/dashboard.csv", "/dashboard.xlsx")) {
				MockHttpServletResponse response = admin("/api/periods/" + data.periodId + path + r.getKey());
				assertThat(response.getStatus()).as(path + r.getKey()).isEqualTo(400);
				assertThat(json.readTree(response.getContentAsString()).get("message").asString()).as(path + r.getKey())
						.contains(r.getValue());
			}
		}
		MockHttpServletResponse unknown = admin("/api/periods/999999999/dashboard");
		assertThat(unknown.getStatus()).isEqualTo(404);
	}

	@Test
	void thePageShowsTheTableAndKeepsATypedFilterWithItsRefusal() throws Exception {
		MockHttpServletResponse page = admin("/admin/periods/" + data.periodId + "/dashboard?sort=-finalIndex");
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html.split("data-testid=\"agency-row\"", -1)).hasSize(5);
		assertThat(html).contains(name("Pemerintah Kabupaten Beta")).contains("data-testid=\"index-chart\"")
				.contains("3,50–3,99").contains(province);
		assertThat(html.indexOf(name("Pemerintah Kabupaten Beta"))).isLessThan(html.indexOf(name("Pemerintah Kota Alfa")));
		// the period's year is a year, never a grouped number ("tahun 2.030", "year 2,030")
		assertThat(html).contains("tahun 2030.").doesNotContain("2.030").doesNotContain("2,030");

		MockHttpServletResponse refused = admin("/admin/periods/" + data.periodId + "/dashboard?sort=besar&q=gamma");
		assertThat(refused.getStatus()).isEqualTo(400);
		String shown = refused.getContentAsString();
		assertThat(shown).contains("data-testid=\"query-error\"").contains("Urutan &quot;besar&quot; tidak dikenal")
				.contains("value=\"gamma\"").doesNotContain("data-testid=\"agency-row\"");
		assertThat(admin("/admin/periods/" + data.periodId + "/dashboard.csv?state=x").getStatus()).isEqualTo(400);
	}

	@Test
	void thePeriodPageLinksToItsDashboard() throws Exception {
		String html = admin("/admin/periods/" + data.periodId).getContentAsString();
		assertThat(html).contains("href=\"/admin/periods/" + data.periodId + "/dashboard\" data-testid=\"dashboard-link\"");
	}

	private JsonNode api(String query) throws Exception {
		return api(data.periodId, query);
	}

	private JsonNode api(long period, String query) throws Exception {
		MockHttpServletResponse r = admin("/api/periods/" + period + "/dashboard" + query);
		assertThat(r.getStatus()).as(query + ": " + r.getContentAsString()).isEqualTo(200);
		return json.readTree(r.getContentAsString());
	}

	private MockHttpServletResponse admin(String url) throws Exception {
		return mvc.perform(get(url).with(user(fixtures.login("admin")))).andReturn().getResponse();
	}

	private String name(String name) {
		return name + " " + data.tag;
	}

	private static JsonNode row(JsonNode d, long evaluation) {
		for (JsonNode r : d.get("table").get("rows")) {
			if (r.get("evaluationId").asLong() == evaluation) {
				return r;
			}
		}
		throw new AssertionError("no row of evaluation " + evaluation);
	}

	private static JsonNode provinceRow(JsonNode d, String province) {
		for (JsonNode p : d.get("provinces")) {
			if (p.get("province").asString().equals(province)) {
				return p;
			}
		}
		throw new AssertionError("no province " + province);
	}

	private static List<String> names(JsonNode d) {
		List<String> names = new ArrayList<>();
		d.get("table").get("rows").forEach(r -> names.add(r.get("name").asString()));
		return names;
	}

	private static Map<Integer, BigDecimal> constant(int[] numbers, String value) {
		Map<Integer, BigDecimal> values = new HashMap<>();
		for (int n : numbers) {
			values.put(n, new BigDecimal(value));
		}
		return values;
	}
}
