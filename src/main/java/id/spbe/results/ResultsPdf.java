package id.spbe.results;

import id.spbe.common.Wib;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import id.spbe.common.PdfFonts;
import id.spbe.common.PdfTables;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.evaluation.Stage;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentDefinition;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The results report as a PDF, made with OpenPDF: a cover (agency, period, instrument), the index
 * and predikat per stage, a bar chart of self against final per domain (aspect for instruments
 * without domains), the domain and aspect table, and every indicator's levels and recommendation;
 * A4, page numbers. Texts in the request's language (Indonesian by default).
 */
@Component
class ResultsPdf {

	private static final Font TITLE = PdfFonts.bold(20);
	private static final Font SUBTITLE = PdfFonts.regular(13);
	private static final Font HEADING = PdfFonts.bold(12);
	private static final Font BODY = PdfFonts.regular(10);
	private static final Font SMALL = PdfFonts.regular(8);
	private static final Font SMALL_BOLD = PdfFonts.bold(8);
	private static final Color SELF_COLOUR = new Color(108, 117, 125);
	private static final Color FINAL_COLOUR = new Color(13, 110, 253);

	private final MessageSource messages;
	private final java.time.Clock clock;

	ResultsPdf(MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.messages = messages;
	}

	byte[] render(Results r, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 50, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(m(locale, "results.title") + " - " + r.ws().evaluation().agencyName());
		HeaderFooter footer = new HeaderFooter(new Phrase(m(locale, "minutes.page") + " ", SMALL), true);
		footer.setAlignment(Element.ALIGN_CENTER);
		footer.setBorder(Rectangle.NO_BORDER);
		document.setFooter(footer);
		document.open();
		cover(document, r, locale);
		document.newPage();
		summary(document, r, locale);
		chart(document, writer, r, locale);
		groups(document, r, locale);
		document.newPage();
		indicators(document, r, locale);
		document.close();
		return out.toByteArray();
	}

	private void cover(Document document, Results r, Locale locale) {
		Paragraph space = new Paragraph(" ");
		space.setSpacingBefore(150);
		document.add(space);
		centred(document, m(locale, "results.reportTitle"), TITLE, 12);
		centred(document, r.ws().evaluation().agencyName(), SUBTITLE, 6);
		centred(document, r.ws().evaluation().periodName(), SUBTITLE, 6);
		centred(document, r.instrument().name().in(locale) + " (" + r.instrument().regulation() + ")", BODY, 30);
		String noFinal = r.stages().size() == 1 ? "results.coverHidden" : "results.coverNoFinal";
		r.compared().ifPresentOrElse(stage -> centred(document, m(locale, "results.coverFinal", shown(r.index(stage)),
				predikat(r.index(stage), locale)), HEADING, 6), () -> centred(document, m(locale, noFinal), BODY, 6));
		if (r.index(Stage.SELF).complete()) {
			centred(document, m(locale, "results.coverSelf", shown(r.index(Stage.SELF)), predikat(r.index(Stage.SELF), locale)),
					BODY, 40);
		}
		centred(document, m(locale, "results.generated", Wib.today(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale))),
				SMALL, 0);
	}

	private void summary(Document document, Results r, Locale locale) {
		PdfTables.section(document, HEADING, m(locale, "results.byStage"));
		PdfPTable table = PdfTables.table(3, 2, 2, 3);
		PdfTables.header(table, SMALL_BOLD, m(locale, "review.stage"), m(locale, "results.index"), m(locale, "results.predikat"),
				m(locale, "results.scored"));
		for (Stage s : r.stages()) {
			IndexResult x = r.index(s);
			PdfTables.row(table, SMALL, m(locale, "stage." + s), x.complete() ? shown(x) : "-", x.complete() ? predikat(x, locale) : "-",
					m(locale, "progress.of", x.scored(), x.total()));
		}
		document.add(table);
	}

	private void chart(Document document, PdfWriter writer, Results r, Locale locale) {
		PdfTables.section(document, HEADING, m(locale, r.byDomain() ? "results.chartDomains" : "results.chartAspects"));
		List<Stage> series = new ArrayList<>();
		if (r.index(Stage.SELF).complete()) {
			series.add(Stage.SELF);
		}
		r.compared().ifPresent(series::add);
		if (series.isEmpty()) {
			document.add(new Paragraph(m(locale, "results.noIndex"), BODY));
			return;
		}
		List<String> codes = r.groupCodes();
		float width = 500;
		float rowHeight = 14 * series.size() + 8;
		float height = codes.size() * rowHeight + 40;
		PdfContentByte canvas = writer.getDirectContent();
		PdfTemplate t = canvas.createTemplate(width, height);
		BaseFont font = PdfFonts.base();
		float left = 60;
		float plot = width - left - 40;
		double max = r.instrument().scaleMax().doubleValue();
		t.setLineWidth(0.3f);
		t.setColorStroke(Color.LIGHT_GRAY);
		for (int tick = 0; tick <= (int) max; tick++) {
			float x = left + (float) (plot * tick / max);
			t.moveTo(x, 25);
			t.lineTo(x, height);
			t.stroke();
			text(t, font, String.valueOf(tick), x - 2, 14, 7, Color.DARK_GRAY);
		}
		for (int i = 0; i < codes.size(); i++) {
			float top = height - i * rowHeight;
			text(t, font, codes.get(i), 4, top - rowHeight / 2 - 2, 8, Color.BLACK);
			for (int j = 0; j < series.size(); j++) {
				BigDecimal v = r.groupIndex(series.get(j), codes.get(i));
				float y = top - 6 - (j + 1) * 13;
				float w = v == null ? 0 : (float) (plot * v.doubleValue() / max);
				t.setColorFill(series.get(j) == Stage.SELF ? SELF_COLOUR : FINAL_COLOUR);
				t.rectangle(left, y, w, 11);
				t.fill();
				text(t, font, v == null ? "-" : v.toPlainString(), left + w + 3, y + 2, 7, Color.BLACK);
			}
		}
		float legendX = left;
		for (Stage s : series) {
			t.setColorFill(s == Stage.SELF ? SELF_COLOUR : FINAL_COLOUR);
			t.rectangle(legendX, 2, 8, 8);
			t.fill();
			text(t, font, m(locale, "stage." + s), legendX + 11, 3, 7, Color.BLACK);
			legendX += 110;
		}
		Image image = Image.getInstance(t);
		image.setAlignment(Element.ALIGN_CENTER);
		document.add(image);
	}

	private void groups(Document document, Results r, Locale locale) {
		PdfTables.section(document, HEADING, m(locale, "results.groups"));
		List<Stage> complete = r.stages().stream().filter(s -> r.index(s).complete()).toList();
		float[] widths = new float[2 + complete.size()];
		widths[0] = 1;
		widths[1] = 5;
		for (int i = 0; i < complete.size(); i++) {
			widths[2 + i] = 1.4f;
		}
		PdfPTable table = PdfTables.table(widths);
		List<String> head = new ArrayList<>(List.of(m(locale, "results.code"), m(locale, "results.name")));
		complete.forEach(s -> head.add(m(locale, "stage.short." + s)));
		PdfTables.header(table, SMALL_BOLD, head.toArray(String[]::new));
		for (InstrumentDefinition.Domain d : r.instrument().domains()) {
			List<String> cells = new ArrayList<>(List.of(d.code(), d.name().in(locale)));
			complete.forEach(s -> cells.add(r.index(s).domains().get(d.code()).toPlainString()));
			boldRow(table, cells.toArray(String[]::new));
			for (InstrumentDefinition.Aspect a : d.aspects()) {
				aspectRow(table, r, complete, a, locale);
			}
		}
		if (r.instrument().domains().isEmpty()) {
			for (InstrumentDefinition.Aspect a : r.instrument().allAspects()) {
				aspectRow(table, r, complete, a, locale);
			}
		}
		document.add(table);
	}

	private void aspectRow(PdfPTable table, Results r, List<Stage> complete, InstrumentDefinition.Aspect a, Locale locale) {
		List<String> cells = new ArrayList<>(List.of(a.code(), a.name().in(locale)));
		complete.forEach(s -> cells.add(r.index(s).aspects().get(a.code()).toPlainString()));
		PdfTables.row(table, SMALL, cells.toArray(String[]::new));
	}

	private void indicators(Document document, Results r, Locale locale) {
		PdfTables.section(document, HEADING, m(locale, "results.indicators"));
		List<Stage> stages = r.stages();
		// recommendations exist only where the assessors' stages are shown
		boolean withRecommendation = stages.size() > 1;
		float[] widths = new float[2 + stages.size() + (withRecommendation ? 2 : 0)];
		widths[0] = 0.5f;
		widths[1] = 3.2f;
		for (int i = 0; i < stages.size(); i++) {
			// wide enough for "Dokumen" / "Interview" in 8 pt without breaking the word
			widths[2 + i] = 1.25f;
		}
		if (withRecommendation) {
			widths[2 + stages.size()] = 1.1f;
			widths[3 + stages.size()] = 3.6f;
		}
		PdfPTable table = PdfTables.table(widths);
		List<String> head = new ArrayList<>(List.of(m(locale, "evaluation.indicatorNo"), m(locale, "evaluation.indicator")));
		stages.forEach(s -> head.add(m(locale, "stage.short." + s)));
		if (withRecommendation) {
			head.add(m(locale, "results.gapShort"));
			head.add(m(locale, "review.recommendation"));
		}
		PdfTables.header(table, SMALL_BOLD, head.toArray(String[]::new));
		for (Results.Row row : r.rows()) {
			List<String> cells = new ArrayList<>(List.of(String.valueOf(row.indicator().number()),
					row.indicator().name().in(locale)));
			stages.forEach(s -> cells.add(r.ws().level(row.at(s))));
			if (withRecommendation) {
				cells.add(row.gap() == null ? "" : (row.gap().signum() > 0 ? "+" : "") + r.ws().level(row.gap()));
				cells.add(row.recommendation() == null ? "" : row.recommendation());
			}
			PdfTables.row(table, SMALL, cells.toArray(String[]::new));
		}
		document.add(table);
	}

	private static void text(PdfTemplate t, BaseFont font, String s, float x, float y, float size, Color colour) {
		t.beginText();
		t.setFontAndSize(font, size);
		t.setColorFill(colour);
		t.setTextMatrix(x, y);
		t.showText(s);
		t.endText();
	}

	private static void centred(Document document, String text, Font font, float after) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(after);
		document.add(p);
	}




	private static void boldRow(PdfPTable table, String... cells) {
		for (String c : cells) {
			PdfPCell cell = new PdfPCell(new Phrase(c, SMALL_BOLD));
			cell.setGrayFill(0.96f);
			table.addCell(cell);
		}
	}


	private static String shown(IndexResult x) {
		return x.overall().toPlainString();
	}

	private static String predikat(IndexResult x, Locale locale) {
		return "en".equals(locale.getLanguage()) ? x.predikat().nameEn() : x.predikat().predikat();
	}

	private String m(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
