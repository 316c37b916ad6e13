package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import id.spbe.common.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/** Import errors are data (row, column, key, arguments): sorted by position, read in either language. */
class ImportErrorTest {

	@Test
	void errorsSortBySheetPositionNotByTheirText() {
		List<ImportError> errors = new ArrayList<>(List.of(
				ImportError.at(12, "E", "worksheet.error.levelNotANumber", "tinggi"),
				ImportError.at(9, "F", "worksheet.error.levelNotANumber", "x"),
				ImportError.at(12, "A", "worksheet.error.unknownIndicator", "99"),
				ImportError.ofFile("worksheet.error.unreadable"),
				new ImportError(9, null, "worksheet.error.missingColumn", new Object[] { 9, "Level" })));
		errors.sort(ImportError.IN_SHEET_ORDER);
		assertThat(errors).extracting(e -> e.row() + ":" + e.column())
				.containsExactly("0:null", "9:null", "9:F", "12:A", "12:E");
	}

	@Test
	void aRulesRefusalInACellReadsWithItsPositionInBothLanguages() {
		ImportError error = ImportError.inCell(14, "E",
				RuleViolationException.badInput("worksheet.error.stale", 11));
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		BindingResult binding = new BeanPropertyBindingResult(new Object(), "importForm");
		error.rejectOn(binding);
		MessageSourceResolvable message = binding.getGlobalError();
		assertThat(messages.getMessage(message, Locale.forLanguageTag("id")))
				.isEqualTo("Baris 14, kolom E: Indikator 11 diubah orang lain setelah lembar kerja ini diunduh; unduh lembar kerja terbaru.");
		assertThat(messages.getMessage(message, Locale.ENGLISH)).startsWith("Row 14, column E: ").contains("11");
	}
}
