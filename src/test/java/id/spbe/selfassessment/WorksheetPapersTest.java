package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.Refusals;
import id.spbe.evaluation.Assessments;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The worksheet as paper the agency works on: every level's criterion beside the indicator, a
 * drop-down of the allowed levels on the level cells, levels as plain numbers ("3", "2.5" in the
 * file, not "3.0"), the aspect of every row and no empty domain column for Pemdi; and exporting
 * then importing changes nothing, for SPBE and Pemdi.
 */
@IntegrationTest
class WorksheetPapersTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	InstrumentCatalog instruments;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;

	private byte[] exported(Fixtures.TestAgency a) throws Exception {
		return mvc.perform(get("/evaluations/{id}/worksheet.xlsx", a.evaluationId()).with(user(a.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private List<String> importing(Fixtures.TestAgency a, byte[] xlsx) throws Exception {
		MvcResult result = mvc.perform(multipart("/evaluations/{id}/worksheet", a.evaluationId())
				.file(new MockMultipartFile("file", "lembar.xlsx", "application/octet-stream", xlsx))
				.with(user(a.coordinator())).with(csrf())).andReturn();
		List<String> errors = Refusals.messages(messages, result, "importForm");
		return errors.isEmpty() ? List.of("OK " + result.getFlashMap().get("success")) : errors;
	}

	private byte[] edited(Fixtures.TestAgency a, Consumer<Sheet> edit) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported(a)));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.accept(wb.getSheetAt(0));
			wb.write(out);
			return out.toByteArray();
		}
	}

	private String entries(Fixtures.TestAgency a) {
		return jdbc.queryForObject("select string_agg(concat(i.indicator_number, ':', i.version, ':', i.justification, ':', s.value), '|' "
				+ "order by i.indicator_number) from indicator_assessment i left join stage_score s on s.assessment_id = i.id "
				+ "and s.stage = 'SELF' where i.evaluation_id = ?", String.class, a.evaluationId());
	}

	private static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(WorksheetExport.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));
		return headers;
	}

	/** What the file itself stores for a numeric cell: "3", never "3.0". */
	private static String stored(Row row, int column) {
		XSSFCell cell = (XSSFCell) row.getCell(column);
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		return cell.getCTCell().getV();
	}

	/** The allowed levels of the drop-down on the level column, as the file stores them. */
	private static List<String> dropDown(XSSFWorkbook wb, int levelColumn, int indicators) {
		XSSFSheet sheet = wb.getSheetAt(0);
		List<? extends DataValidation> validations = sheet.getDataValidations();
		assertThat(validations).hasSize(1);
		DataValidation v = validations.get(0);
		assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
		assertThat(v.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
		assertThat(v.getShowErrorBox()).isTrue();
		CellRangeAddress[] regions = v.getRegions().getCellRangeAddresses();
		assertThat(regions).containsExactly(new CellRangeAddress(WorksheetExport.HEADER_ROW + 1,
				WorksheetExport.HEADER_ROW + indicators, levelColumn, levelColumn));
		Name name = wb.getName(v.getValidationConstraint().getFormula1());
		assertThat(name).isNotNull();
		AreaReference area = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion());
		Sheet list = wb.getSheet(area.getFirstCell().getSheetName());
		assertThat(wb.isSheetHidden(wb.getSheetIndex(list))).isTrue();
		List<String> levels = new ArrayList<>();
		for (CellReference ref : area.getAllReferencedCells()) {
			levels.add(stored(list.getRow(ref.getRow()), ref.getCol()));
		}
		return levels;
	}

	@Test
	void theSpbeWorksheetShowsCriteriaOffersTheLevelsAndWritesWholeNumbers() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 47);
		InstrumentDefinition spbe = instruments.byId(a.evaluation().instrumentId()).orElseThrow();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported(a)))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(headers(sheet)).containsExactly("Nomor", "Domain", "Aspek", "Indikator", "Level", "Penjelasan",
					"Bukti dukung", "Penanggung jawab", "Versi isian", "Kriteria level 1", "Kriteria level 2", "Kriteria level 3",
					"Kriteria level 4", "Kriteria level 5");
			Row first = sheet.getRow(WorksheetExport.HEADER_ROW + 1);
			assertThat(stored(first, 0)).isEqualTo("1");
			assertThat(stored(first, 4)).isEqualTo("3");
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(stored(first, 8)).isEqualTo("" + assessments.get(a.evaluationId(), 1).version());
			assertThat(stored(sheet.getRow(0), 3)).isEqualTo("1");
			for (int l = 1; l <= 5; l++) {
				assertThat(first.getCell(8 + l).getStringCellValue())
						.isEqualTo(spbe.indicator(1).orElseThrow().levels().get(l).criterion().in(java.util.Locale.forLanguageTag("id")))
						.isNotBlank();
			}
			assertThat(sheet.getRow(WorksheetExport.HEADER_ROW + 47).getCell(4)).isNull();
			assertThat(dropDown(wb, 4, 47)).containsExactly("1", "2", "3", "4", "5");
		}
	}

	@Test
	void thePemdiWorksheetHasTheAspectOnEveryRowFractionsAsNumbersAndEveryAllowedValue() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		fixtures.completeAllExcept(a, 20);
		assessments.saveSelf(a.evaluationId(), 1, new Assessments.SelfEntry(new BigDecimal("2.5"), "Sebagian", null), a.operator().getId());
		assessments.saveSelf(a.evaluationId(), 2, new Assessments.SelfEntry(new BigDecimal("1.26"), "Sedikit", null), a.operator().getId());
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported(a)))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(headers(sheet)).startsWith("Nomor", "Aspek", "Indikator", "Level", "Penjelasan").doesNotContain("Domain")
					.contains("Kriteria level 1", "Kriteria level 5");
			for (int i = 1; i <= 20; i++) {
				Row row = sheet.getRow(WorksheetExport.HEADER_ROW + i);
				assertThat(row.getCell(1).getStringCellValue()).as("aspect of row " + i).matches("A\\d+ .+");
				assertThat(row.getCell(8).getStringCellValue()).as("level 1 criterion of row " + i).isNotBlank();
			}
			assertThat(stored(sheet.getRow(WorksheetExport.HEADER_ROW + 1), 3)).isEqualTo("2.5");
			assertThat(sheet.getRow(WorksheetExport.HEADER_ROW + 1).getCell(3).getNumericCellValue()).isEqualTo(2.5);
			assertThat(stored(sheet.getRow(WorksheetExport.HEADER_ROW + 2), 3)).isEqualTo("1.26");
			assertThat(stored(sheet.getRow(WorksheetExport.HEADER_ROW + 3), 3)).isEqualTo("3");
			List<String> allowed = dropDown(wb, 3, 20);
			assertThat(allowed).hasSize(401).startsWith("1", "1.01").endsWith("4.99", "5").contains("2.5", "1.26", "3");
		}
	}

	@Test
	void exportThenImportChangesNothingForSpbeAndPemdiAndBadCellsAreStillRefused() throws Exception {
		for (String code : List.of("spbe-2020", "pemdi-2026")) {
			Fixtures.TestAgency a = fixtures.newAgency(code);
			fixtures.completeAllExcept(a, 7);
			if (code.startsWith("pemdi")) {
				assessments.saveSelf(a.evaluationId(), 1, new Assessments.SelfEntry(new BigDecimal("2.5"), "Sebagian", null),
						a.operator().getId());
			}
			String before = entries(a);
			assertThat(importing(a, exported(a))).as(code).containsExactly("OK Impor selesai: 0 indikator diperbarui.");
			assertThat(entries(a)).as(code).isEqualTo(before);
		}

		Fixtures.TestAgency pemdi = fixtures.newAgency("pemdi-2026");
		fixtures.completeAllExcept(pemdi, 7);
		String before = entries(pemdi);
		assertThat(importing(pemdi, edited(pemdi, sheet -> sheet.getRow(WorksheetExport.HEADER_ROW + 3).getCell(3).setCellValue(2.555))))
				.containsExactly("Baris 7, kolom D: Paling banyak 2 angka di belakang koma: \"2.555\" (tulis misalnya 2,5 atau 2,46).");
		assertThat(entries(pemdi)).isEqualTo(before);
		assertThat(importing(pemdi, edited(pemdi, sheet -> sheet.getRow(WorksheetExport.HEADER_ROW + 3).getCell(3).setCellValue(2.75))))
				.containsExactly("OK Impor selesai: 1 indikator diperbarui.");
		assertThat(assessments.get(pemdi.evaluationId(), 3).selfLevel()).isEqualByComparingTo("2.75");
	}
}
