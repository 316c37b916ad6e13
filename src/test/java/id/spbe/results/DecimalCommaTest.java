package id.spbe.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.evaluation.EvaluationAction;
import id.spbe.evaluation.Transitions;
import id.spbe.instrument.IndexCalculator;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The decimal comma out: on a Pemdi evaluation with decimal levels, the results page, the report
 * PDF, the interview minutes and the dashboard show "2,46" in Indonesian and "2.46" in English;
 * the Excel workbooks keep numbers as numeric cells with a number format (Excel then shows the
 * reader's separator); the API keeps JSON numbers with a point.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecimalCommaTest {

	static final Locale ID = Locale.forLanguageTag("id");
	static final Cookie ENGLISH = new Cookie("SPBE_LANG", "en");

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	Transitions transitions;

	Fixtures.TestAgency agency;
	InstrumentDefinition pemdi;
	Map<Integer, BigDecimal> levels = new HashMap<>();
	/** The self-assessment index, e.g. 2.61, and the same with indicator 3 at 4.5 (the what-if). */
	BigDecimal index;
	BigDecimal simulated;

	@BeforeAll
	void submittedWithDecimalLevels() {
		pemdi = instruments.current("pemdi-2026").orElseThrow();
		// indicators fed by a national index keep 1.00 (waiting) whatever the agency would type
		pemdi.allIndicators().forEach(i -> levels.put(i.number(), i.isExternal() ? new BigDecimal("1.00")
				: i.number() == 1 ? new BigDecimal("2.46") : new BigDecimal("1.25").add(BigDecimal.valueOf(i.number() % 4))));
		agency = fixtures.newAgency("pemdi-2026");
		fixtures.submit(agency, levels::get);
		index = IndexCalculator.compute(pemdi, levels).overall();
		Map<Integer, BigDecimal> target = new HashMap<>(levels);
		target.put(3, new BigDecimal("4.5"));
		simulated = IndexCalculator.compute(pemdi, target).overall();
		assertThat(index.scale()).isEqualTo(2);
		assertThat(index.stripTrailingZeros().scale()).as("an index with decimals to show").isPositive();
	}

	private static String id(BigDecimal v) {
		return v.toPlainString().replace('.', ',');
	}

	private byte[] body(MockHttpServletRequestBuilder request, CurrentUser who, boolean english) throws Exception {
		request.with(user(who));
		return mvc.perform(english ? request.cookie(ENGLISH) : request).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser who, boolean english) throws Exception {
		return new String(body(request, who, english), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theResultsPageAndItsWhatIfWriteACommaInIndonesianAndAPointInEnglish() throws Exception {
		String results = "/evaluations/" + agency.evaluationId() + "/results";
		String indonesian = page(get(results).param("t3", "4,5"), agency.coordinator(), false);
		assertThat(indonesian).contains("data-testid=\"stage-index\">" + id(index) + "<")
				.contains("(indeks " + id(index) + ")").contains("indeksnya " + id(simulated))
				.contains(">2,46<").contains("value=\"4,5\"").doesNotContain(">2.46<");
		String english = page(get(results).param("t3", "4.5"), agency.coordinator(), true);
		assertThat(english).contains("data-testid=\"stage-index\">" + index.toPlainString() + "<")
				.contains(simulated.toPlainString()).contains(">2.46<").doesNotContain(">2,46<");

		String refused = page(get(results).param("t3", "2,555"), agency.coordinator(), false);
		assertThat(refused).contains("Paling banyak 2 angka di belakang koma: \"2,555\"")
				.contains("value=\"2,555\"").doesNotContain("indeksnya");
		assertThat(page(get(results).param("t3", "2.5.1"), agency.coordinator(), true)).contains("value=\"2.5.1\"")
				.contains("2.5.1").doesNotContain("data-testid=\"simulation-result\"");
	}

	@Test
	void theReportPdfWritesACommaInIndonesianAndAPointInEnglish() throws Exception {
		String path = "/evaluations/" + agency.evaluationId() + "/results.pdf";
		String indonesian = text(body(get(path), agency.coordinator(), false));
		assertThat(indonesian).contains(id(index)).contains("2,46").doesNotContain("2.46");
		String english = text(body(get(path), agency.coordinator(), true));
		assertThat(english).contains(index.toPlainString()).contains("2.46").doesNotContain("2,46");
	}

	@Test
	void theResultsWorkbookKeepsNumbersAsNumbersWithAFormat() throws Exception {
		byte[] xlsx = body(get("/evaluations/" + agency.evaluationId() + "/results.xlsx"), agency.coordinator(), false);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell overall = book.getSheetAt(0).getRow(4).getCell(1);
			assertNumber(overall, index.doubleValue(), "0.00");
			Row first = rowOf(book.getSheetAt(2), 1);
			assertNumber(first.getCell(3), 2.46, "0.00");
			assertThat(new DataFormatter(ID).formatCellValue(first.getCell(3))).isEqualTo("2,46");
			assertThat(new DataFormatter(Locale.ENGLISH).formatCellValue(first.getCell(3))).isEqualTo("2.46");
			assertThat(new DataFormatter(ID).formatCellValue(overall)).isEqualTo(id(index));
		}
	}

	@Test
	void theDashboardShowsTheIndexInTheReadersLanguageAndExportsItAsANumber() throws Exception {
		CurrentUser admin = fixtures.login("admin");
		String name = agency.evaluation().agencyName();
		String dashboard = "/admin/periods/" + agency.evaluation().periodId() + "/dashboard";
		assertThat(page(get(dashboard).param("q", name), admin, false)).contains(">" + id(index) + "<");
		assertThat(page(get(dashboard).param("q", name), admin, true)).contains(">" + index.toPlainString() + "<");
		byte[] xlsx = body(get(dashboard + ".xlsx").param("q", name), admin, false);
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			Row row = null;
			for (Row r : sheet) {
				if (r.getRowNum() > 0 && name.equals(r.getCell(0).getStringCellValue())) {
					row = r;
				}
			}
			assertThat(row).as(name).isNotNull();
			assertNumber(row.getCell(9), index.doubleValue(), "0.00");
		}
	}

	@Test
	void theApiKeepsJsonNumbersWithAPoint() throws Exception {
		String json = page(get("/api/evaluations/" + agency.evaluationId()), agency.coordinator(), false);
		assertThat(json).contains("\"level\":2.46").doesNotContain("2,46");
	}

	@Test
	void theMinutesWriteTheInterviewLevelInTheReadersLanguage() throws Exception {
		Fixtures.InReview c = fixtures.submittedWithTeam("pemdi-2026");
		transitions.move(c.team().lead(), c.id(), EvaluationAction.START_DOCUMENT_REVIEW, null);
		long session = fixtures.interviewSession(c);
		mvc.perform(post("/evaluations/{id}/interviews/{s}/notes", c.id(), session).param("number", "2")
				.param("level", "3,25").param("note", "Dibahas").with(user(c.team().lead())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		String path = "/evaluations/" + c.id() + "/interviews/" + session + "/minutes.pdf";
		assertThat(text(body(get(path), c.team().lead(), false))).contains("3,25").doesNotContain("3.25");
		assertThat(text(body(get(path), c.team().lead(), true))).contains("3.25").doesNotContain("3,25");
	}

	private static Row rowOf(Sheet sheet, int indicator) {
		for (Row r : sheet) {
			Cell c = r.getCell(0);
			if (c != null && c.getCellType() == CellType.NUMERIC && c.getNumericCellValue() == indicator) {
				return r;
			}
		}
		throw new AssertionError("no row of indicator " + indicator);
	}

	private static void assertNumber(Cell cell, double value, String format) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isEqualTo(value);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
	}

	private static String text(byte[] pdf) throws Exception {
		StringBuilder out = new StringBuilder();
		try (PdfReader reader = new PdfReader(pdf)) {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			for (int p = 1; p <= reader.getNumberOfPages(); p++) {
				out.append(extractor.getTextFromPage(p)).append('\n');
			}
		}
		return out.toString();
	}
}
