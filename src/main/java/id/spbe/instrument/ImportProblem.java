package id.spbe.instrument;

import java.util.List;

/**
 * Why an imported file was refused, where: a line of a YAML file, or a sheet, row and column of a
 * workbook; for a rule of the instrument, the place in it.
 *
 * @param line   YAML line (1-based), or null
 * @param sheet  workbook sheet, or null
 * @param row    workbook row as Excel numbers it (1-based), or null
 * @param column workbook column letter, or null
 * @param place  the place in the instrument for a broken rule, or null
 * @param key    message key ({@code instrument.import.*} or {@code instrument.rule.*})
 * @param args   message arguments
 */
record ImportProblem(Integer line, String sheet, Integer row, String column, InstrumentPlace place, String key,
		List<String> args) {

	static ImportProblem atLine(Integer line, String key, Object... args) {
		return new ImportProblem(line, null, null, null, null, key, strings(args));
	}

	static ImportProblem atCell(String sheet, Integer row, String column, String key, Object... args) {
		return new ImportProblem(null, sheet, row, column, null, key, strings(args));
	}

	static ImportProblem of(InstrumentProblem p) {
		return new ImportProblem(null, null, null, null, p.place(), p.rule(), p.args());
	}

	private static List<String> strings(Object... args) {
		return java.util.Arrays.stream(args).map(String::valueOf).toList();
	}
}
