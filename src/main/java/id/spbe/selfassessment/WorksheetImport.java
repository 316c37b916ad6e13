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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
	private final TransactionTemplate tx;

	WorksheetImport(EvaluationAccess access, Assessments assessments, InstrumentCatalog instruments,
			PlatformTransactionManager txManager) {
		this.access = access;
		this.assessments = assessments;
		this.instruments = instruments;
		this.tx = new TransactionTemplate(txManager);
	}

	/** What an import did: the number of indicators changed, or the errors in sheet order. */
	record Outcome(int changed, List<ImportError> errors) {
	}

	/**
	 * Checks who may import and every row, then writes them all under the evaluation's lock. The
	 * checks run first without the lock, so a sheet with errors never takes it; under the lock the
	 * access rules and the rules that depend on the stored entries (assignment, staleness) are
	 * checked again, as they may have changed in between.
	 */
	Outcome apply(CurrentUser user, long evaluationId, WorksheetReader.ImportResult read) {
		EvaluationView evaluation = access.require(user, evaluationId);
		access.checkAgencyWrite(user, evaluation);
		InstrumentDefinition instrument = instruments.byId(evaluation.instrumentId()).orElseThrow();
		List<ImportError> errors = new ArrayList<>(read.errors());
		Map<Integer, AssessmentView> seen = entries(evaluationId);
		for (WorksheetReader.ImportRow row : read.rows()) {
			errors.addAll(check(user, instrument, seen.get(row.indicator()), row));
		}
		if (!errors.isEmpty()) {
			return refused(errors);
		}
		return tx.execute(s -> {
			access.lockForAgencyWrite(user, evaluationId);
			Map<Integer, AssessmentView> entries = entries(evaluationId);
			List<ImportError> late = new ArrayList<>();
			for (WorksheetReader.ImportRow row : read.rows()) {
				late.addAll(checkEntry(user, entries.get(row.indicator()), row));
			}
			if (!late.isEmpty()) {
				return refused(late);
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
		});
	}

	private Map<Integer, AssessmentView> entries(long evaluationId) {
		Map<Integer, AssessmentView> entries = new HashMap<>();
		assessments.list(evaluationId).forEach(a -> entries.put(a.number(), a));
		return entries;
	}

	private static Outcome refused(List<ImportError> errors) {
		List<ImportError> sorted = new ArrayList<>(errors);
		sorted.sort(ImportError.IN_SHEET_ORDER);
		return new Outcome(0, sorted);
	}

	/** The errors of one row; checks that only read, so a refusal never dooms the transaction. */
	static List<ImportError> check(CurrentUser user, InstrumentDefinition instrument, AssessmentView entry,
			WorksheetReader.ImportRow row) {
		List<ImportError> errors = new ArrayList<>();
		if (entry != null && !changes(entry, row)
				&& instrument.indicator(row.indicator()).filter(InstrumentDefinition.Indicator::isExternal).isPresent()) {
			return errors; // a national index's row as exported: nothing typed, nothing to refuse
		}
		cell(errors, row, row.levelColumn(), () -> Levels.check(instrument, row.indicator(), row.level()));
		cell(errors, row, row.justificationColumn(), () -> {
			String text = Texts.block(row.justification());
			if (Texts.length(text) > SelfAssessmentService.MAX_JUSTIFICATION) {
				throw RuleViolationException.badInput("worksheet.error.justificationTooLong", row.indicator(),
						SelfAssessmentService.MAX_JUSTIFICATION, Texts.length(text));
			}
		});
		errors.addAll(checkEntry(user, entry, row));
		return errors;
	}

	/** The errors of one row against the stored entry: who may edit it, and whether the sheet is stale. */
	private static List<ImportError> checkEntry(CurrentUser user, AssessmentView entry, WorksheetReader.ImportRow row) {
		List<ImportError> errors = new ArrayList<>();
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
