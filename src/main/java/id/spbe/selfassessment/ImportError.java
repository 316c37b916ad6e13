package id.spbe.selfassessment;

import id.spbe.common.RuleViolationException;
import java.util.Comparator;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * One error of a worksheet import, by row and column, kept as a message key with arguments so that
 * errors sort by position and read in the user's language.
 *
 * @param row    the Excel row number (1-based); 0 for the file as a whole
 * @param column the column letter, or null for a whole row
 * @param key    message key; its arguments name the row and column themselves unless
 *               {@code inCell} wraps a rule's refusal
 */
record ImportError(int row, String column, String key, Object[] args) {

	/** Errors in sheet order: by row, then column. */
	static final Comparator<ImportError> IN_SHEET_ORDER = Comparator.comparingInt(ImportError::row)
			.thenComparing(ImportError::column, Comparator.nullsFirst(Comparator.naturalOrder()));

	/** An error whose message names its row and column (its first two arguments). */
	static ImportError at(int row, String column, String key, Object... more) {
		Object[] args = new Object[more.length + 2];
		args[0] = row;
		args[1] = column;
		System.arraycopy(more, 0, args, 2, more.length);
		return new ImportError(row, column, key, args);
	}

	/** A rule's refusal of one cell, shown as "Row 12, column E: ...". */
	static ImportError inCell(int row, String column, RuleViolationException refusal) {
		return new ImportError(row, column, "worksheet.error.cell", new Object[] { row, column,
				new DefaultMessageSourceResolvable(new String[] { refusal.getMessageKey() }, refusal.getArguments()) });
	}

	/** An error of the whole file. */
	static ImportError ofFile(String key) {
		return new ImportError(0, null, key, new Object[0]);
	}

	/** Records this error as one of the import form's, for the page to show in the user's language. */
	void rejectOn(Errors errors) {
		errors.reject(key, args, key);
	}
}
