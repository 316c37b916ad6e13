package id.spbe.review;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.common.Messages;
import id.spbe.common.PdfFonts;
import id.spbe.common.PdfTables;
import id.spbe.evaluation.AssessmentView;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.InstrumentDefinition;
import id.spbe.worksheet.Worksheet;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The minutes (berita acara) of an interview session as a PDF, made with OpenPDF: agency, period,
 * an opening sentence with the day, date, time (WIB) and place, the medium, attendees of both
 * sides, the indicators discussed with their notes and interview levels, findings,
 * recommendations and a signature block for every attendee (name, position, NIP), since each
 * person present signs the paper the ministry files; A4, page numbers. Day and month names are
 * those of the locale (Senin, Agustus / Monday, August).
 */
@Component
class MinutesPdf {

	private static final Font TITLE = PdfFonts.bold(13);
	private static final Font HEADING = PdfFonts.bold(11);
	private static final Font BODY = PdfFonts.regular(10);
	private static final Font SMALL_BOLD = PdfFonts.bold(9);
	private static final Font SMALL = PdfFonts.regular(9);

	private final Messages messages;

	MinutesPdf(Messages messages) {
		this.messages = messages;
	}

	/** The minutes as PDF bytes, in the given locale (Indonesian by default). */
	byte[] render(Worksheet ws, SessionView session, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 50, 50, 50, 60);
		PdfWriter.getInstance(document, out);
		String title = messages.get(locale, "minutes.title");
		document.addTitle(title + " - " + ws.evaluation().agencyName());
		HeaderFooter footer = new HeaderFooter(new Phrase(messages.get(locale, "minutes.page") + " ", SMALL), true);
		footer.setAlignment(Element.ALIGN_CENTER);
		footer.setBorder(Rectangle.NO_BORDER);
		document.setFooter(footer);
		document.open();
		Paragraph heading = new Paragraph(title.toUpperCase(locale), TITLE);
		heading.setAlignment(Element.ALIGN_CENTER);
		document.add(heading);
		Paragraph sub = new Paragraph(ws.evaluation().periodName() + " · " + ws.instrument().name().in(locale), BODY);
		sub.setAlignment(Element.ALIGN_CENTER);
		sub.setSpacingAfter(12);
		document.add(sub);

		String day = session.heldAt().format(DateTimeFormatter.ofPattern(messages.get(locale, "minutes.datePattern"), locale));
		String time = session.heldAt().format(DateTimeFormatter.ofPattern(messages.get(locale, "minutes.timePattern"), locale));
		String place = session.place() == null ? session.medium() : session.place();
		Paragraph opening = new Paragraph(messages.get(locale, "minutes.opening", day, time, place,
				ws.evaluation().agencyName()), BODY);
		opening.setSpacingAfter(8);
		document.add(opening);
		PdfPTable facts = PdfTables.table(1.3f, 3);
		fact(facts, messages.get(locale, "minutes.agency"), ws.evaluation().agencyName());
		fact(facts, messages.get(locale, "minutes.when"), day + ", " + time + " WIB");
		fact(facts, messages.get(locale, "minutes.place"), session.place() == null ? "-" : session.place());
		fact(facts, messages.get(locale, "minutes.medium"), session.medium()
				+ (session.meetingLink() == null ? "" : " (" + session.meetingLink() + ")"));
		document.add(facts);

		PdfTables.section(document, HEADING, messages.get(locale, "minutes.attendees"));
		PdfPTable people = PdfTables.table(0.4f, 2.4f, 2.4f, 1.7f, 1.1f);
		PdfTables.header(people, SMALL_BOLD, "#", messages.get(locale, "interview.name"),
				messages.get(locale, "interview.position"), messages.get(locale, "interview.nip"),
				messages.get(locale, "interview.side"));
		int i = 1;
		for (SessionView.Attendee a : session.attendees()) {
			PdfTables.row(people, SMALL, String.valueOf(i++), a.name(), orDash(a.position()), orDash(a.nip()),
					messages.get(locale, "interview.side." + a.side()));
		}
		document.add(people);

		PdfTables.section(document, HEADING, messages.get(locale, "minutes.indicators"));
		if (session.notes().isEmpty()) {
			document.add(new Paragraph(messages.get(locale, "minutes.noIndicators"), BODY));
		}
		else {
			PdfPTable notes = PdfTables.table(0.5f, 2.4f, 0.7f, 4);
			PdfTables.header(notes, SMALL_BOLD, messages.get(locale, "evaluation.indicatorNo"),
					messages.get(locale, "evaluation.indicator"), messages.get(locale, "minutes.level"),
					messages.get(locale, "minutes.note"));
			for (SessionView.Note n : session.notes()) {
				InstrumentDefinition.Indicator indicator = ws.instrument().indicator(n.number()).orElseThrow();
				AssessmentView entry = ws.row(n.number()).entry();
				PdfTables.row(notes, SMALL, String.valueOf(n.number()), indicator.name().in(locale),
						ws.level(entry.levelAt(Stage.INTERVIEW), locale), n.note());
			}
			document.add(notes);
		}

		PdfTables.section(document, HEADING, messages.get(locale, "interview.findings"));
		document.add(new Paragraph(orDash(session.findings()), BODY));
		PdfTables.section(document, HEADING, messages.get(locale, "interview.recommendations"));
		document.add(new Paragraph(orDash(session.recommendations()), BODY));

		for (SessionView.Side side : List.of(SessionView.Side.AGENCY, SessionView.Side.ASSESSOR)) {
			document.add(signatures(session.side(side), messages.get(locale, "minutes.signFor." + side), locale));
		}
		document.close();
		return out.toByteArray();
	}

	/** A block per attendee of one side, two a row: space to sign, name, position and NIP. */
	private PdfPTable signatures(List<SessionView.Attendee> attendees, String heading, Locale locale) {
		PdfPTable table = new PdfPTable(2);
		table.setWidthPercentage(100);
		table.setSpacingBefore(18);
		table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
		PdfPCell title = new PdfPCell(new Phrase(heading, HEADING));
		title.setColspan(2);
		title.setBorder(Rectangle.NO_BORDER);
		table.addCell(title);
		table.setHeaderRows(1);
		int n = 1;
		for (SessionView.Attendee a : attendees) {
			PdfPCell cell = new PdfPCell();
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setPaddingBottom(10);
			cell.addElement(new Paragraph(n++ + ". " + messages.get(locale, "minutes.signHere"), SMALL));
			cell.addElement(new Paragraph(" \n \n ", BODY));
			cell.addElement(new Paragraph(a.name(), SMALL_BOLD));
			if (a.position() != null) {
				cell.addElement(new Paragraph(a.position(), SMALL));
			}
			if (a.nip() != null) {
				cell.addElement(new Paragraph(messages.get(locale, "minutes.nip", a.nip()), SMALL));
			}
			table.addCell(cell);
		}
		table.completeRow();
		return table;
	}

	private static void fact(PdfPTable table, String label, String value) {
		PdfPCell l = new PdfPCell(new Phrase(label, SMALL_BOLD));
		PdfPCell v = new PdfPCell(new Phrase(value, SMALL));
		l.setBorder(Rectangle.NO_BORDER);
		v.setBorder(Rectangle.NO_BORDER);
		table.addCell(l);
		table.addCell(v);
	}

	private static String orDash(String text) {
		return text == null ? "-" : text;
	}
}
