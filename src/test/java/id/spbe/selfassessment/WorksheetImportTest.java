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
import id.spbe.RowLock;
import id.spbe.evaluation.Assessments;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The Excel worksheet: export one row per indicator, import all or nothing with errors by row and column. */
@IntegrationTest
class WorksheetImportTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MessageSource messages;
	@Autowired
	id.spbe.agency.Agencies agencies;
	@Autowired
	javax.sql.DataSource dataSource;

	Fixtures.TestAgency a;

	@BeforeEach
	void agency() {
		a = fixtures.newAgency("spbe-2020");
		fixtures.completeAllExcept(a, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47);
	}

	private byte[] exported() throws Exception {
		return mvc.perform(get("/evaluations/{id}/worksheet.xlsx", a.evaluationId()).with(user(a.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private byte[] edited(Consumer<Sheet> edit) throws Exception {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			edit.accept(wb.getSheetAt(0));
			wb.write(out);
			return out.toByteArray();
		}
	}

	/** "OK" and the success message, or the import form's errors as the overview shows them. */
	private List<String> importing(byte[] xlsx) throws Exception {
		MvcResult result = mvc.perform(multipart("/evaluations/{id}/worksheet", a.evaluationId())
				.file(new MockMultipartFile("file", "lembar.xlsx", "application/octet-stream", xlsx))
				.with(user(a.coordinator())).with(csrf())).andReturn();
		List<String> errors = Refusals.messages(messages, result, "importForm");
		return errors.isEmpty() ? List.of("OK " + result.getFlashMap().get("success")) : errors;
	}

	private String entries() {
		return jdbc.queryForObject("select string_agg(concat(indicator_number, ':', version, ':', justification), '|' "
				+ "order by indicator_number) from indicator_assessment where evaluation_id = ?", String.class, a.evaluationId());
	}

	private static Row row(Sheet sheet, int indicator) {
		return sheet.getRow(WorksheetExport.HEADER_ROW + indicator);
	}

	@Test
	void exportHasOneRowPerIndicatorWithLevelJustificationEvidenceAndAssignee() throws Exception {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported()))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("spbe-2020");
			assertThat(sheet.getRow(WorksheetExport.HEADER_ROW).getCell(5).getStringCellValue()).isEqualTo("Penjelasan");
			assertThat(sheet.getLastRowNum()).isEqualTo(WorksheetExport.HEADER_ROW + 47);
			Row first = row(sheet, 1);
			assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
			assertThat(first.getCell(1).getStringCellValue()).startsWith("D1");
			assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Penjelasan uji 1");
			assertThat(first.getCell(6).getStringCellValue()).contains("https://example.go.id/bukti");
			assertThat(row(sheet, 47).getCell(4)).isNull();
		}
	}

	@Test
	void aGoodImportChangesExactlyTheEditedRows() throws Exception {
		byte[] xlsx = edited(sheet -> {
			row(sheet, 30).createCell(4).setCellValue(2);
			row(sheet, 30).getCell(5).setCellValue("Diimpor dari Excel");
			row(sheet, 31).createCell(4).setCellValue("4");
		});

		assertThat(importing(xlsx)).containsExactly("OK Impor selesai: 2 indikator diperbarui.");
		assertThat(assessments.get(a.evaluationId(), 30).selfLevel()).isEqualByComparingTo("2");
		assertThat(assessments.get(a.evaluationId(), 30).justification()).isEqualTo("Diimpor dari Excel");
		assertThat(assessments.get(a.evaluationId(), 31).selfLevel()).isEqualByComparingTo("4");
		assertThat(assessments.get(a.evaluationId(), 1).approved()).isTrue();
	}

	@Test
	void oneBadRowChangesNothingAndEveryErrorNamesRowAndColumn() throws Exception {
		String before = entries();
		byte[] xlsx = edited(sheet -> {
			row(sheet, 30).createCell(4).setCellValue(2);
			row(sheet, 31).createCell(4).setCellValue(6);
			row(sheet, 32).createCell(4).setCellValue(2.5);
			row(sheet, 33).getCell(5).setCellValue("x".repeat(SelfAssessmentService.MAX_JUSTIFICATION + 1));
		});

		assertThat(importing(xlsx)).containsExactly(
				"Baris 35, kolom E: Indikator 31: nilai 6 di luar skala 1 sampai 5.",
				"Baris 36, kolom E: Indikator 32: nilai 2,5 harus berupa level bulat pada instrumen ini.",
				"Baris 37, kolom F: Indikator 33: penjelasan paling banyak 10.000 karakter (saat ini 10.001).");
		assertThat(entries()).isEqualTo(before);
	}

	/** Twenty text cells of 32,000 digits once held the evaluation's lock for ten seconds; each is refused on its length. */
	@Test
	void levelCellsOfThousandsOfDigitsAreRefusedOnTheirLengthAndChangeNothing() throws Exception {
		String before = entries();
		String digits = "3." + "0".repeat(31_998);
		byte[] xlsx = edited(sheet -> {
			for (int indicator = 28; indicator <= 47; indicator++) {
				row(sheet, indicator).createCell(4).setCellValue(digits);
			}
		});

		List<String> errors = importing(xlsx);
		assertThat(errors).hasSize(20).allSatisfy(e -> assertThat(e).matches("Baris \\d+, kolom E: Angka terlalu panjang: \"3\\.0+…\". "
				+ "Tulis angka biasa dengan paling banyak 20 karakter, tanpa eksponen \\(misalnya 2,5\\)\\."));
		assertThat(errors.get(0)).startsWith("Baris 32, kolom E:");
		assertThat(entries()).isEqualTo(before);
	}

	/** A sheet with errors never takes the evaluation's lock: it is answered even while another write holds it. */
	@Test
	void aSheetWithErrorsIsAnsweredWhileAnotherWriteHoldsTheEvaluation() throws Exception {
		String before = entries();
		byte[] xlsx = edited(sheet -> row(sheet, 31).createCell(4).setCellValue(6));
		assertThat(RowLock.whileHeld(dataSource, a.evaluationId(), () -> importing(xlsx)))
				.containsExactly("Baris 35, kolom E: Indikator 31: nilai 6 di luar skala 1 sampai 5.");
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void theOverviewShowsEveryErrorInSheetOrderAndAMissingFileBesideTheFileField() throws Exception {
		String before = entries();
		MvcResult result = mvc.perform(multipart("/evaluations/{id}/worksheet", a.evaluationId())
				.file(new MockMultipartFile("file", "lembar.xlsx", "application/octet-stream", edited(sheet -> {
					row(sheet, 31).createCell(4).setCellValue(6);
					row(sheet, 32).createCell(4).setCellValue(2.5);
				}))).with(user(a.coordinator())).with(csrf())).andReturn();

		String page = Refusals.followed(mvc, result, user(a.coordinator()));
		String errors = page.substring(page.indexOf("data-testid=\"import-errors\""));
		assertThat(errors).containsSubsequence("Baris 35, kolom E: Indikator 31: nilai 6 di luar skala 1 sampai 5.",
				"Baris 36, kolom E: Indikator 32: nilai 2,5 harus berupa level bulat pada instrumen ini.");

		MvcResult none = mvc.perform(multipart("/evaluations/{id}/worksheet", a.evaluationId())
				.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
				.with(user(a.coordinator())).with(csrf())).andReturn();
		assertThat(Refusals.of(none, "importForm").getFieldError("file")).isNotNull();
		assertThat(Refusals.messages(messages, none, "importForm")).containsExactly("Pilih berkas Excel yang akan diimpor.");
		assertThat(Refusals.followed(mvc, none, user(a.coordinator()))).contains("Pilih berkas Excel yang akan diimpor.");
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void unknownIndicatorTextLevelWrongInstrumentAndMissingColumnAreReported() throws Exception {
		String before = entries();
		assertThat(importing(edited(sheet -> row(sheet, 5).getCell(0).setCellValue(99))))
				.containsExactly("Baris 9, kolom A: indikator 99 tidak dikenal.");
		assertThat(importing(edited(sheet -> row(sheet, 5).createCell(4).setCellValue("tinggi"))))
				.containsExactly("Baris 9, kolom E: level tinggi bukan angka.");
		assertThat(importing(edited(sheet -> sheet.getRow(0).getCell(1).setCellValue("pemdi-2026"))))
				.containsExactly("Baris 1, kolom B: lembar kerja untuk instrumen pemdi-2026 1, bukan spbe-2020 1 milik evaluasi ini.");
		assertThat(importing(edited(sheet -> sheet.getRow(WorksheetExport.HEADER_ROW).getCell(4).setCellValue("Nilai"))))
				.containsExactly("Baris 4: kolom Level tidak ada.");
		assertThat(importing("bukan excel".getBytes())).containsExactly("Berkas bukan lembar kerja Excel (.xlsx) yang dapat dibaca.");
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void anotherAgencysWorksheetIsRefused() throws Exception {
		Fixtures.TestAgency other = fixtures.newAgency("spbe-2020");
		byte[] theirs = mvc.perform(get("/evaluations/{id}/worksheet.xlsx", other.evaluationId()).with(user(other.coordinator())))
				.andReturn().getResponse().getContentAsByteArray();
		String before = entries();

		assertThat(importing(theirs)).singleElement().asString().startsWith("Baris 2, kolom B: lembar kerja milik Pemerintah Kota Uji");
		assertThat(entries()).isEqualTo(before);
	}

	@Test
	void anOldWorksheetCannotUndoANewerEdit() throws Exception {
		byte[] old = edited(sheet -> row(sheet, 30).createCell(4).setCellValue(2));
		long version = assessments.get(a.evaluationId(), 1).version();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/evaluations/{id}/indicators/1", a.evaluationId())
				.param("level", "4").param("justification", "Diperbarui rekan setelah ekspor").param("version", "" + version)
				.with(user(a.operator())).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(assessments.get(a.evaluationId(), 1).justification()).isEqualTo("Diperbarui rekan setelah ekspor");
		byte[] stale = new byte[0];
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(old)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			row(wb.getSheetAt(0), 1).getCell(5).setCellValue("Teks lama dari lembar kerja");
			wb.write(out);
			stale = out.toByteArray();
		}
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(stale))) {
			assertThat(wb.getSheetAt(0).getRow(WorksheetExport.HEADER_ROW).getCell(8).getStringCellValue()).isEqualTo("Versi isian");
			assertThat(row(wb.getSheetAt(0), 1).getCell(8).getNumericCellValue()).isEqualTo(version);
		}
		String before = entries();

		assertThat(importing(stale)).containsExactly("Baris 5, kolom I: Indikator 1 diubah orang lain setelah lembar kerja ini "
				+ "diunduh; unduh lembar kerja terbaru.");
		assertThat(entries()).isEqualTo(before);
		// untouched in the sheet but changed since: importing would revert the colleague's edit
		assertThat(importing(old)).containsExactly("Baris 5, kolom I: Indikator 1 diubah orang lain setelah lembar kerja "
				+ "ini diunduh; unduh lembar kerja terbaru.");
		assertThat(assessments.get(a.evaluationId(), 1).justification()).isEqualTo("Diperbarui rekan setelah ekspor");
	}

	@Test
	void anOperatorCannotImportIntoIndicatorsAssignedToSomeoneElse() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/evaluations/{id}/assign", a.evaluationId())
				.param("numbers", "40").param("unitId", "" + agencies.findOrCreateUnit(a.agencyId(), "Bappeda").id())
				.with(user(a.coordinator())).with(csrf()));
		String before = entries();
		byte[] xlsx = edited(sheet -> row(sheet, 40).createCell(4).setCellValue(2));

		MvcResult result = mvc.perform(multipart("/evaluations/{id}/worksheet", a.evaluationId())
				.file(new MockMultipartFile("file", "lembar.xlsx", "application/octet-stream", xlsx))
				.with(user(a.operator())).with(csrf())).andReturn();

		assertThat(Refusals.messages(messages, result, "importForm")).singleElement().asString()
				.contains("Indikator 40 ditugaskan kepada orang atau unit lain").contains("Baris 44, kolom A");
		assertThat(entries()).isEqualTo(before);
	}
}
