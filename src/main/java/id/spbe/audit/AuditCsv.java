package id.spbe.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

/**
 * The export of the filtered log as CSV (commons-csv), one row per entry as it is read. Values a
 * spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, CR at the
 * start) get a leading apostrophe: a failed sign-in's user name is typed by anyone.
 */
final class AuditCsv {

	static final String[] COLUMNS = { "at", "userId", "username", "address", "action", "actionName", "objectType",
			"objectId", "agencyId", "detail" };

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private AuditCsv() {
	}

	/** Writes the header and every row the log hands over; returns the number of rows. */
	static int write(Writer out, AuditLog log, AuditFilter filter, AuditActions actions, MessageSource messages,
			Locale locale) throws IOException {
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
		csv.printRecord(java.util.Arrays.stream(COLUMNS).map(c -> messages.getMessage("audit.column." + c, null, locale)).toList());
		int rows = log.export(filter, e -> {
			try {
				csv.printRecord(e.atWib().format(AT), e.userId(), safe(e.username()), safe(e.address()), e.action(),
						safe(actions.label(e.action(), locale)), safe(e.objectType()), safe(e.objectId()), e.agencyId(),
						safe(e.detail()));
			}
			catch (IOException io) {
				throw new UncheckedIOException(io);
			}
		});
		csv.flush();
		return rows;
	}

	static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + value : value;
	}
}
