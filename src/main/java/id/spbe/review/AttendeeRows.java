package id.spbe.review;

import id.spbe.common.FormValues;
import id.spbe.common.Texts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The one reading of the attendee rows of one side as typed (page form and API alike): fully
 * blank rows are ignored; a row with a position or NIP but no name is refused on that row; names
 * and positions up to 200 characters; a NIP is optional (not every attendee is a civil servant)
 * and otherwise checked; at least one and at most {@link #MAX_PER_SIDE} attendees a side.
 */
final class AttendeeRows {

	static final int MAX_PER_SIDE = 40;
	static final int MAX_NAME = 200;

	private AttendeeRows() {
	}

	/**
	 * A refused row or side.
	 *
	 * @param row   index of the row as sent (0-based), or -1 for the side as a whole
	 * @param field "Name", "Position" or "Nip", or null for the side as a whole
	 */
	record Problem(SessionView.Side side, int row, String field, String key, Object[] args) {
	}

	/** The attendees read and what was refused; the attendees count only when nothing was. */
	record Result(List<SessionView.Attendee> attendees, List<Problem> problems) {
	}

	/** Reads one side's rows: parallel lists of names, positions and NIPs (a shorter list is blank there). */
	static Result read(SessionView.Side side, List<String> names, List<String> positions, List<String> nips) {
		List<SessionView.Attendee> found = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		int rows = Math.max(names.size(), Math.max(positions.size(), nips.size()));
		for (int i = 0; i < rows; i++) {
			String name = Texts.line(at(names, i));
			String position = Texts.line(at(positions, i));
			String nipTyped = Texts.line(at(nips, i));
			if (name == null && position == null && nipTyped == null) {
				continue;
			}
			int before = problems.size();
			if (name == null) {
				problems.add(new Problem(side, i, "Name", "interview.error.rowWithoutName", new Object[] { i + 1, label(side) }));
			}
			else if (Texts.length(name) > MAX_NAME) {
				problems.add(new Problem(side, i, "Name", "interview.error.rowTooLong",
						new Object[] { i + 1, label(side), MAX_NAME, field("interview.name") }));
			}
			if (position != null && Texts.length(position) > MAX_NAME) {
				problems.add(new Problem(side, i, "Position", "interview.error.rowTooLong",
						new Object[] { i + 1, label(side), MAX_NAME, field("interview.position") }));
			}
			String nip = nipTyped == null ? null : nip(nipTyped);
			if (nipTyped != null && nip == null) {
				problems.add(new Problem(side, i, "Nip", "interview.error.nip",
						new Object[] { i + 1, label(side), FormValues.echo(nipTyped) }));
			}
			if (problems.size() == before) {
				found.add(new SessionView.Attendee(side, name, position, nip));
			}
		}
		int count = found.size() + (int) problems.stream().map(Problem::row).distinct().count();
		if (count == 0) {
			problems.add(new Problem(side, -1, null, "interview.error.noAttendee." + side, new Object[0]));
		}
		if (count > MAX_PER_SIDE) {
			problems.add(0, new Problem(side, -1, null, "interview.error.tooManyAttendees",
					new Object[] { MAX_PER_SIDE, label(side), count }));
		}
		return new Result(found, problems);
	}

	/**
	 * A NIP (nomor induk pegawai) as stored: 18 digits, spaces allowed when typed ("19800101 200501 1 001"):
	 * a birth date (YYYYMMDD), the year and month of appointment (YYYYMM, not before the birth),
	 * 1 or 2, and a sequence number. Null when it is none.
	 */
	static String nip(String typed) {
		String digits = typed.replace(" ", "");
		if (!digits.matches("[0-9]{18}")) {
			return null;
		}
		try {
			LocalDate born = LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
					Integer.parseInt(digits.substring(6, 8)));
			YearMonth appointed = YearMonth.of(Integer.parseInt(digits.substring(8, 12)), Integer.parseInt(digits.substring(12, 14)));
			char sex = digits.charAt(14);
			boolean plausible = born.getYear() >= 1900 && appointed.isAfter(YearMonth.from(born)) && (sex == '1' || sex == '2');
			return plausible ? digits : null;
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** Makes the three lists as long as the longest, at least three rows and one fully blank row, for typing. */
	static void pad(List<String> names, List<String> positions, List<String> nips) {
		int rows = Math.max(names.size(), Math.max(positions.size(), nips.size()));
		for (List<String> column : List.of(names, positions, nips)) {
			while (column.size() < rows) {
				column.add("");
			}
		}
		long blank = 0;
		for (int i = 0; i < rows; i++) {
			if (isBlank(names.get(i)) && isBlank(positions.get(i)) && isBlank(nips.get(i))) {
				blank++;
			}
		}
		while (names.size() < 3 || blank < 1) {
			names.add("");
			positions.add("");
			nips.add("");
			blank++;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String at(List<String> values, int i) {
		return i < values.size() ? values.get(i) : null;
	}

	private static MessageSourceResolvable label(SessionView.Side side) {
		return field("interview.side." + side);
	}

	private static MessageSourceResolvable field(String key) {
		return new DefaultMessageSourceResolvable(key);
	}
}
