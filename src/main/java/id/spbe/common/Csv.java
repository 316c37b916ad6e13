package id.spbe.common;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one bounded way to read a CSV file a user uploads (and to write one for download), on
 * Apache Commons CSV. Reading is all or nothing: every problem found is collected with its line
 * and column and thrown together as a {@link CsvImportException}, so an importer stores nothing
 * unless the whole file is good, and the user sees every error at once in their language.
 *
 * <p>Bounds come before parsing: at most {@link Limits#maxBytes()} bytes are read (the rest is never
 * looked at), at most {@link Limits#maxRows()} data rows and {@link Limits#maxCellLength()}
 * characters per cell. The file must be UTF-8 (a byte-order mark is skipped, as Excel writes one);
 * the delimiter is a comma, or a semicolon when the header has semicolons and no comma (Excel in an
 * Indonesian locale saves CSV that way). The first line is the header: column names are matched
 * without regard to case or surrounding spaces; a missing required column, an unknown or repeated
 * one is an error of line 1. Cells are cleaned by {@link Texts#line} (blank becomes null).
 *
 * <p>Use: {@code Csv.read(in, spec)} gives the rows; validate each with {@link Problems#add} and
 * call {@link Problems#throwIfAny()} before writing anything. Pages show the exception's
 * {@link CsvImportException#problems()} as form errors ({@link Problem#rejectOn}); the API answers
 * it as {@code {"message", "errors": [{"line", "column", "message"}]}} (web.ApiExceptionHandler).
 */
public final class Csv {

	static final String BOM = "\uFEFF";

	private Csv() {
	}

	/** The bounds of one upload; {@link #DEFAULT} suits lists of agencies, users or teams. */
	public record Limits(int maxBytes, int maxRows, int maxCellLength) {

		/** 2 MB, 5,000 data rows, 500 characters per cell. */
		public static final Limits DEFAULT = new Limits(2 * 1024 * 1024, 5_000, 500);
	}

	/**
	 * The columns a file must and may have, in the order an export writes them.
	 *
	 * @param required columns every file must have (lower case)
	 * @param optional columns a file may have (lower case)
	 */
	public record Spec(List<String> required, List<String> optional, Limits limits) {

		public Spec {
			required = List.copyOf(required);
			optional = List.copyOf(optional);
		}

		public static Spec of(List<String> required, List<String> optional) {
			return new Spec(required, optional, Limits.DEFAULT);
		}

		boolean knows(String column) {
			return required.contains(column) || optional.contains(column);
		}
	}

	/**
	 * One data row.
	 *
	 * @param line the line of the file the row starts on (the header is line 1), as the user sees it in an editor
	 */
	public record Row(int line, Map<String, String> cells) {

		public Row {
			cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
		}

		/** The cleaned cell of {@code column}, null when blank or the column is absent. */
		public String get(String column) {
			return cells.get(column);
		}

		/** The cell of {@code column}; when blank, null and a "required" problem of this line. */
		public String required(String column, Problems problems) {
			String value = cells.get(column);
			if (value == null) {
				problems.add(line, column, "csv.error.required");
			}
			return value;
		}
	}

	/**
	 * One error of an import, as a message key with arguments so it reads in the user's language.
	 *
	 * @param line   line of the file (1 the header), 0 for the file as a whole
	 * @param column the column's name, or null for the whole line
	 */
	public record Problem(int line, String column, String key, Object[] args) {

		/** The message the user sees: "Line 3, column type: ..." (or just the reason for the whole file). */
		public org.springframework.context.MessageSourceResolvable message() {
			var reason = new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { key },
					args, key);
			if (line == 0) {
				return reason;
			}
			String outer = column == null ? "csv.error.atLine" : "csv.error.atCell";
			return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] { outer },
					new Object[] { line, column, reason }, outer);
		}

		/** Adds this problem to a page form's errors, for {@code fragments/forms} to show. */
		public void rejectOn(org.springframework.validation.Errors errors) {
			var m = message();
			errors.reject(m.getCodes()[0], m.getArguments(), m.getDefaultMessage());
		}
	}

	/** Collects the problems of one file; nothing may be stored until {@link #throwIfAny()} passes. */
	public static final class Problems {

		/** More are not shown: the first hundred say what is wrong with a file. */
		static final int MAX = 100;

		private final List<Problem> list = new ArrayList<>();
		private int total;

		/** An error in {@code column} of {@code line} (column null: the whole line). */
		public void add(int line, String column, String key, Object... args) {
			total++;
			if (list.size() < MAX) {
				list.add(new Problem(line, column, key, args));
			}
		}

		/** A rule's refusal of one cell (a number too long, an unknown choice). */
		public void add(int line, String column, RuleViolationException refusal) {
			add(line, column, refusal.getMessageKey(), refusal.getArguments());
		}

		public boolean isEmpty() {
			return total == 0;
		}

		/** Throws every problem so far together, when there is one. */
		public void throwIfAny() {
			if (total > 0) {
				throw new CsvImportException(list, total);
			}
		}
	}

	/**
	 * Reads an uploaded file: the data rows, or a {@link CsvImportException} naming every problem
	 * of structure (size, encoding, header, quoting, cell count and length). Closes nothing: the
	 * caller owns the stream.
	 */
	public static List<Row> read(InputStream in, Spec spec) {
		return CsvRows.read(in, spec);
	}

	/**
	 * Writes a CSV file for download: UTF-8 with a byte-order mark (so Excel reads the names
	 * right), comma-separated, and every cell that a spreadsheet would run as a formula (starting
	 * with =, +, -, @, tab or CR) prefixed with an apostrophe.
	 */
	public static void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows) {
		CsvFiles.write(out, header, rows);
	}
}
