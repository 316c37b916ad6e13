package id.spbe.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reading half of {@link Csv#read}: the header matched against the {@link Csv.Spec} and every
 * data row checked for its cell count and cell length, all problems collected by line and column.
 */
final class CsvRows {

	private CsvRows() {
	}

	static List<Csv.Row> read(InputStream in, Csv.Spec spec) {
		Csv.Problems problems = new Csv.Problems();
		String text = CsvFiles.text(in, spec.limits().maxBytes());
		if (text.isBlank()) {
			problems.add(0, null, "csv.error.empty");
			problems.throwIfAny();
		}
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(CsvFiles.delimiter(text)).setIgnoreEmptyLines(false)
				.setIgnoreSurroundingSpaces(true).get();
		List<Csv.Row> rows = new ArrayList<>();
		int line = 1;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Iterator<CSVRecord> records = parser.iterator();
			List<String> header = header(records.next(), spec, problems);
			while (true) {
				line = (int) parser.getCurrentLineNumber() + 1;
				if (!records.hasNext()) {
					break;
				}
				CSVRecord r = records.next();
				if (r.size() == 1 && r.get(0).isBlank()) {
					continue;
				}
				if (rows.size() == spec.limits().maxRows()) {
					problems.add(0, null, "csv.error.tooManyRows", spec.limits().maxRows());
					break;
				}
				rows.add(row(line, r, header, spec, problems));
			}
		}
		catch (UncheckedIOException | IllegalStateException | IOException e) {
			// commons-csv reports an unclosed quote this way, from the line its record started on
			problems.add(line, null, "csv.error.malformed");
		}
		problems.throwIfAny();
		return rows;
	}

	private static List<String> header(CSVRecord r, Csv.Spec spec, Csv.Problems problems) {
		List<String> header = new ArrayList<>();
		for (String raw : r) {
			String name = Texts.line(raw.startsWith(Csv.BOM) ? raw.substring(1) : raw);
			name = name == null ? "" : name.toLowerCase(Locale.ROOT);
			if (!spec.knows(name)) {
				problems.add(1, null, "csv.error.unknownColumn", name, String.join(", ", all(spec)));
			}
			else if (header.contains(name)) {
				problems.add(1, null, "csv.error.repeatedColumn", name);
			}
			header.add(name);
		}
		spec.required().stream().filter(c -> !header.contains(c))
				.forEach(c -> problems.add(1, null, "csv.error.missingColumn", c));
		return header;
	}

	private static Csv.Row row(int line, CSVRecord r, List<String> header, Csv.Spec spec, Csv.Problems problems) {
		if (r.size() != header.size()) {
			problems.add(line, null, "csv.error.cellCount", header.size(), r.size());
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < Math.min(r.size(), header.size()); i++) {
			String value = Texts.line(r.get(i));
			if (Texts.length(value) > spec.limits().maxCellLength()) {
				problems.add(line, header.get(i), "csv.error.cellTooLong", spec.limits().maxCellLength());
				value = null;
			}
			cells.put(header.get(i), value);
		}
		return new Csv.Row(line, cells);
	}

	private static List<String> all(Csv.Spec spec) {
		List<String> all = new ArrayList<>(spec.required());
		all.addAll(spec.optional());
		return all;
	}
}
