package id.spbe.notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A one-event iCalendar file (RFC 5545) for an interview invitation: times in UTC (no time-zone
 * component needed), TEXT values escaped (backslash, semicolon, comma, line break), parameter
 * values quoted without quotes or controls inside, CRLF line ends and lines folded at 75 octets
 * without splitting a UTF-8 character.
 */
final class IcsWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	private IcsWriter() {
	}

	/** An event: unique id, start and end, stamp (when written), texts, organiser and attendees' e-mail addresses. */
	record Event(String uid, Instant start, Instant end, Instant stamp, String summary, String location, String description,
			String url, String organizer, List<Attendee> attendees) {
	}

	record Attendee(String name, String email) {
	}

	static byte[] write(Event e) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Evaluasi SPBE dan Pemdi//Undangan interviu//ID");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + text(e.uid()));
		line(out, "DTSTAMP:" + UTC.format(e.stamp()));
		line(out, "DTSTART:" + UTC.format(e.start()));
		line(out, "DTEND:" + UTC.format(e.end()));
		line(out, "SUMMARY:" + text(e.summary()));
		if (e.location() != null) {
			line(out, "LOCATION:" + text(e.location()));
		}
		if (e.description() != null) {
			line(out, "DESCRIPTION:" + text(e.description()));
		}
		if (e.url() != null) {
			line(out, "URL:" + e.url().replaceAll("[\\s\"]", ""));
		}
		if (e.organizer() != null) {
			line(out, "ORGANIZER:mailto:" + e.organizer());
		}
		for (Attendee a : e.attendees()) {
			line(out, "ATTENDEE;CN=" + param(a.name()) + ";ROLE=REQ-PARTICIPANT:mailto:" + a.email());
		}
		line(out, "END:VEVENT");
		line(out, "END:VCALENDAR");
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A TEXT value (RFC 5545 3.3.11). */
	static String text(String value) {
		String v = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n');
		StringBuilder sb = new StringBuilder();
		v.codePoints().forEach(c -> {
			switch (c) {
				case '\\' -> sb.append("\\\\");
				case ';' -> sb.append("\\;");
				case ',' -> sb.append("\\,");
				case '\n' -> sb.append("\\n");
				default -> {
					if (!Character.isISOControl(c)) {
						sb.appendCodePoint(c);
					}
				}
			}
		});
		return sb.toString();
	}

	/** A quoted parameter value (RFC 5545 3.1: no DQUOTE or control inside). */
	static String param(String value) {
		String v = HeaderText.of(value, HeaderText.NAME).replace("\"", "");
		return "\"" + v + "\"";
	}

	/** Appends one content line, folded at 75 octets (RFC 5545 3.1), ended by CRLF. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int c = content.codePointAt(i);
			int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(c);
			octets += size;
			i += Character.charCount(c);
		}
		out.append("\r\n");
	}
}
