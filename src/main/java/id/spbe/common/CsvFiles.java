package id.spbe.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The bytes of a CSV file, for {@link Csv}: an upload read within its size and strictly as UTF-8
 * (a byte-order mark dropped) before anything parses it, its delimiter guessed from the header
 * line; a download written as UTF-8 with a byte-order mark and formula cells defused.
 */
final class CsvFiles {

	private CsvFiles() {
	}

	/** The file's text without a byte-order mark; too large or not UTF-8 is a {@link CsvImportException}. */
	static String text(InputStream in, int maxBytes) {
		String text = decode(readBounded(in, maxBytes));
		return text.startsWith(Csv.BOM) ? text.substring(1) : text;
	}

	static char delimiter(String text) {
		int end = text.indexOf('\n');
		String first = end < 0 ? text : text.substring(0, end);
		return first.indexOf(';') >= 0 && first.indexOf(',') < 0 ? ';' : ',';
	}

	private static byte[] readBounded(InputStream in, int maxBytes) {
		try {
			byte[] bytes = in.readNBytes(maxBytes + 1);
			if (bytes.length > maxBytes) {
				throw new CsvImportException(List.of(new Csv.Problem(0, null, "csv.error.tooLarge",
						new Object[] { maxBytes / (1024 * 1024) })), 1);
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException e) {
			throw new CsvImportException(List.of(new Csv.Problem(0, null, "csv.error.encoding", new Object[0])), 1);
		}
	}

	static void write(OutputStream out, List<String> header, Iterable<? extends List<?>> rows) {
		try {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			w.write(Csv.BOM);
			CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180);
			printer.printRecord(header);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(CsvFiles::safe).toList());
			}
			printer.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String safe(Object cell) {
		if (cell == null) {
			return "";
		}
		String s = String.valueOf(cell);
		return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
	}
}
