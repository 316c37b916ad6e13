package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import id.spbe.common.Texts;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Assessments;
import id.spbe.evaluation.EditRules;
import id.spbe.evaluation.EvaluationAccess;
import id.spbe.evaluation.EvaluationView;
import id.spbe.instrument.InstrumentCatalog;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.user.CurrentUser;
import id.spbe.worksheet.Levels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies an imported worksheet: every row's level and justification, all or nothing. Scale,
 * length, assignment and staleness are checked for every row first and every error is collected
 * (row, column, message), so the agency fixes the whole sheet in one go; any error changes nothing.
 */
@Service
class WorksheetImport {

	private final EvaluationAccess access;
	private final Assessments assessments;
	private final InstrumentCatalog instruments;

	WorksheetImport(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments) {
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
	}

	/** What an import did: the number of indicators changed, or the errors in sheet order. */
	record Outcome(int changed, List<ImportError> errors) {
	}

	@Transactional
	Outcome apply(CurrentUser user, long evaluationId, WorksheetReader.ImportResult read) {
		EvaluationView evaluation = access.lockForAgencyWrite(user, evaluationId);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		Map<Integer, AssessmentView> entries = new HashMap<>();
		assessments.list(evaluationId).forEach(a -> entries.put(a.number(), a));
		List<ImportError> errors = new ArrayList<>(read.errors());
		for (WorksheetReader.ImportRow row : read.rows()) {
			errors.addAll(check(user, instrument, entries.get(row.indicator()), row));
		}
		if (!errors.isEmpty()) {
			errors.sort(ImportError.IN_SHEET_ORDER);
			return new Outcome(0, errors);
		}
		int changed = 0;
		for (WorksheetReader.ImportRow row : read.rows()) {
			if (changes(entries.get(row.indicator()), row)) {
				assessments.saveSelf(evaluationId, row.indicator(),
						new Assessments.SelfEntry(row.level(), Texts.block(row.justification()), null), user.getId());
				changed++;
			}
		}
		return new Outcome(changed, List.of());
	}

	/** The errors of one row; checks that only read, so a refusal never dooms the transaction. */
	static List<ImportError> check(CurrentUser user, InstrumentDefinition instrument, AssessmentView entry,
			WorksheetReader.ImportRow row) {
		List<ImportError> errors = new ArrayList<>();
		cell(errors, row, row.levelColumn(), () -> Levels.check(instrument, row.indicator(), row.level()));
		cell(errors, row, row.justificationColumn(), () -> {
			String text = Texts.block(row.justification());
			if (Texts.length(text) > SelfAssessmentService.MAX_JUSTIFICATION) {
				throw RuleViolationException.badInput("worksheet.error.justificationTooLong", row.indicator(),
						SelfAssessmentService.MAX_JUSTIFICATION, Texts.length(text));
			}
		});
		if (changes(entry, row)) {
			cell(errors, row, row.numberColumn(), () -> EditRules.requireMayEdit(user, entry));
			if (row.version() != null && row.version() != entry.version()) {
				errors.add(ImportError.inCell(row.rowNumber(), row.versionColumn(),
						RuleViolationException.conflict("worksheet.error.stale", row.indicator())));
			}
		}
		return errors;
	}

	private static void cell(List<ImportError> errors, WorksheetReader.ImportRow row, String column, Runnable check) {
		try {
			check.run();
		}
		catch (RuleViolationException e) {
			errors.add(ImportError.inCell(row.rowNumber(), column, e));
		}
	}

	private static boolean changes(AssessmentView entry, WorksheetReader.ImportRow row) {
		boolean levelSame = entry.selfLevel() == null ? row.level() == null
				: row.level() != null && entry.selfLevel().compareTo(row.level()) == 0;
		return !levelSame || !Objects.equals(entry.justification(), Texts.block(row.justification()));
	}
}
