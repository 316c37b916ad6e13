package id.spbe.instrument;

import id.spbe.common.Forms;
import id.spbe.common.Texts;
import java.math.BigDecimal;
import org.springframework.validation.Errors;

/**
 * Reads the editor's typed texts and numbers, bounded before they are kept: a name or code is one
 * line of at most {@link #LINE} characters, a criterion or explanation at most {@link #BLOCK}. A
 * text over its bound is an error on its field, never cut silently; a number goes through
 * {@link Forms} (and so through {@code common.Numbers}' bounds).
 */
final class EditorInput {

	/** Longest name, code, regulation or predikat. */
	static final int LINE = 500;
	/** Longest criterion, explanation, guidance or evidence description. */
	static final int BLOCK = 10_000;

	private EditorInput() {
	}

	/** A one-line text, null when blank. */
	static String line(Errors errors, String field, String typed) {
		return bounded(errors, field, Texts.line(typed), LINE);
	}

	/** A multi-line text, null when blank. */
	static String block(Errors errors, String field, String typed) {
		return bounded(errors, field, Texts.block(typed), BLOCK);
	}

	/** A one-line text in both languages ({@code field + "Id"}, {@code field + "En"}); null when both are blank. */
	static Text lines(Errors errors, String field, String id, String en) {
		return text(line(errors, field + "Id", id), line(errors, field + "En", en));
	}

	/** A multi-line text in both languages; null when both are blank. */
	static Text blocks(Errors errors, String field, String id, String en) {
		return text(block(errors, field + "Id", id), block(errors, field + "En", en));
	}

	static BigDecimal decimal(Errors errors, String field, String typed) {
		return Forms.decimal(errors, field, typed);
	}

	/** A whole number, or 0 (which no rule accepts) when blank or malformed. */
	static int whole(Errors errors, String field, String typed) {
		Long n = Forms.whole(errors, field, typed);
		return n == null ? 0 : n.intValue();
	}

	/** An order number; blank or malformed keeps the row where it was ({@code fallback}). */
	static int order(Errors errors, String field, String typed, int fallback) {
		Long n = Forms.whole(errors, field, typed);
		return n == null ? fallback : n.intValue();
	}

	static boolean ticked(String value) {
		return "true".equals(value);
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : InstrumentMapper.plain(value).toPlainString();
	}

	static String id(Text text) {
		return text == null ? "" : text.id();
	}

	static String en(Text text) {
		return text == null ? "" : text.en();
	}

	private static Text text(String id, String en) {
		return id == null && en == null ? null : new Text(id, en);
	}

	private static String bounded(Errors errors, String field, String value, int max) {
		if (value != null && Texts.length(value) > max) {
			errors.rejectValue(field, "instrumentEdit.error.tooLong", new Object[] { max }, "too long");
			return null;
		}
		return value;
	}
}
