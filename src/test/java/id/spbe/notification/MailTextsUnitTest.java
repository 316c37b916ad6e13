package id.spbe.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Header texts bounded to one line; the calendar writer's escaping and folding, checked by ical4j's parser. */
class MailTextsUnitTest {

	@Test
	void headerTextsAreOneBoundedLine() {
		assertThat(HeaderText.of("Klarifikasi\r\nBcc: semua@contoh.id", 200)).isEqualTo("Klarifikasi Bcc: semua@contoh.id");
		assertThat(HeaderText.of("a\u0000b\nc", 200)).isEqualTo("ab c");
		String longName = "Pemerintah Kabupaten " + "Sangat Panjang ".repeat(40);
		assertThat(HeaderText.of(longName, HeaderText.SUBJECT)).hasSize(HeaderText.SUBJECT).endsWith("…");
		assertThat(HeaderText.of(null, 10)).isEmpty();
	}

	@Test
	void icsEscapesAndFoldsAndParses() throws Exception {
		String description = "Baris satu; dua, tiga\\empat\r\nBaris dua " + "ééé".repeat(40) + " 😀 akhir";
		byte[] file = IcsWriter.write(new IcsWriter.Event("interview-1@spbe-eval", Instant.parse("2026-01-05T02:00:00Z"),
				Instant.parse("2026-01-05T04:00:00Z"), Instant.parse("2025-12-01T00:00:00Z"), "Undangan: Kota \"Uji\"",
				"Zoom", description, "https://zoom.us/j/1", "evaluasi@spbe.go.id",
				List.of(new IcsWriter.Attendee("Ketua \"Tim\"\r\nX-Evil: 1", "ketua@kampus.ac.id"))));
		String text = new String(file, StandardCharsets.UTF_8);
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").doesNotContain("\nX-Evil");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\n").doesNotContain("\r");
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty("DESCRIPTION").orElseThrow().getValue()).isEqualTo(description.replace("\r\n", "\n"));
		assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Undangan: Kota \"Uji\"");
		assertThat(event.getProperty("ATTENDEE").orElseThrow().getParameter("CN").orElseThrow().getValue())
				.isEqualTo("Ketua Tim X-Evil: 1");
	}
}
