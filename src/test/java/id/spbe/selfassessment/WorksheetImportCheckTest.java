package id.spbe.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.spbe.evaluation.AssessmentView;
import id.spbe.instrument.BundledInstruments;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.user.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import's error collection, without a database: every problem of a row, each in its cell. */
class WorksheetImportCheckTest {

	private static final InstrumentDefinition SPBE = BundledInstruments.spbe2020();
	private static final long OPERATOR = 10;

	@Test
	void aRowThatChangesNothingHasNoErrorsEvenForSomeoneWhoMayNotEditIt() {
		AssessmentView entry = entry("3", "Ada SK.", 20L, 4);
		assertThat(WorksheetImport.check(operator(), SPBE, entry, row("3", "Ada SK.", 4L))).isEmpty();
	}

	@Test
	void everyProblemOfARowIsReportedInItsOwnCell() {
		AssessmentView someoneElses = entry("2", "Lama.", 20L, 4);
		List<ImportError> errors = WorksheetImport.check(operator(), SPBE, someoneElses,
				row("7", "x".repeat(SelfAssessmentService.MAX_JUSTIFICATION + 1), 3L));
		assertThat(errors).extracting(e -> e.column() + " " + ((org.springframework.context.MessageSourceResolvable) e
				.args()[2]).getCodes()[0]).containsExactly("E index.error.outOfScale", "F worksheet.error.justificationTooLong",
						"A selfAssessment.error.notAssigned", "I worksheet.error.stale");
		assertThat(errors).allSatisfy(e -> assertThat(e.row()).isEqualTo(12));
	}

	@Test
	void aFractionOnAWholeLevelInstrumentIsRefusedInTheLevelCell() {
		List<ImportError> errors = WorksheetImport.check(operator(), SPBE, entry(null, null, null, 0),
				row("2.5", "Sebagian.", null));
		assertThat(errors).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("E"));
	}

	private static CurrentUser operator() {
		CurrentUser user = mock(CurrentUser.class);
		when(user.getRole()).thenReturn(Role.AGENCY_OPERATOR);
		when(user.getId()).thenReturn(OPERATOR);
		return user;
	}

	private static AssessmentView entry(String level, String justification, Long assignee, long version) {
		return new AssessmentView(1, 1, 5, level == null ? null : new BigDecimal(level), justification, assignee, null,
				null, null, null, null, version, Map.of(), null);
	}

	private static WorksheetReader.ImportRow row(String level, String justification, Long version) {
		return new WorksheetReader.ImportRow(12, 5, new BigDecimal(level), justification, version, "A", "E", "F", "I");
	}
}
