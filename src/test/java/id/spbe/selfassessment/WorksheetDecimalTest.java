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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Worksheet cells given as text take the decimal comma or the point ("2,5", "3.25"); "2,555" and
 * "tiga" are refused by row and column, and then nothing is stored.
 */
@IntegrationTest
class WorksheetDecimalTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	Fixtures fixtures;
	@Autowired
	Assessments assessments;
	@Autowired
	MessageSource messages;

	@Test
	void textCellsTakeACommaOrAPointAndRefuseTheRest() throws Exception {
		Fixtures.TestAgency a = fixtures.newAgency("pemdi-2026");
		byte[] exported = mvc.perform(get("/evaluations/{id}/worksheet.xlsx", a.evaluationId()).with(user(a.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

		List<String> refused = importing(a, edited(exported, Map.of(2, "2,5", 3, "2,555", 4, "tiga")));
		assertThat(refused).hasSize(2);
		assertThat(refused.get(0)).contains("kolom D").contains("Paling banyak 2 angka di belakang koma: \"2,555\"");
		assertThat(refused.get(1)).contains("kolom D").contains("tiga");
		assertThat(assessments.get(a.evaluationId(), 2).selfLevel()).isNull();

		assertThat(importing(a, edited(exported, Map.of(2, "2,5", 3, "3.25")))).singleElement().asString().startsWith("OK");
		assertThat(assessments.get(a.evaluationId(), 2).selfLevel()).isEqualByComparingTo("2.5");
		assertThat(assessments.get(a.evaluationId(), 3).selfLevel()).isEqualByComparingTo("3.25");
	}

	/** The export with the level cell (column D on Pemdi, which has no domain column) of each indicator number set to the text given. */
	private static byte[] edited(byte[] exported, Map<Integer, String> levels) throws Exception {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.getSheetAt(0);
			for (Row row : sheet) {
				Cell number = row.getCell(0);
				if (row.getRowNum() > WorksheetExport.HEADER_ROW && number != null && number.getCellType() == CellType.NUMERIC
						&& levels.containsKey((int) number.getNumericCellValue())) {
					row.createCell(3).setCellValue(levels.get((int) number.getNumericCellValue()));
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	private List<String> importing(Fixtures.TestAgency a, byte[] xlsx) throws Exception {
		MvcResult result = mvc.perform(multipart("/evaluations/{id}/worksheet", a.evaluationId())
				.file(new MockMultipartFile("file", "lembar.xlsx", "application/octet-stream", xlsx))
				.with(user(a.coordinator())).with(csrf())).andReturn();
		List<String> errors = Refusals.messages(messages, result, "importForm");
		return errors.isEmpty() ? List.of("OK " + result.getFlashMap().get("success")) : errors;
	}
}
