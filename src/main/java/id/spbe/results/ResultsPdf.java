package id.spbe.results;

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
import id.spbe.common.Decimals;
import id.spbe.common.Messages;
import id.spbe.common.PdfFonts;
import id.spbe.common.PdfTables;
import id.spbe.common.Wib;
import id.spbe.evaluation.Stage;
import id.spbe.externalindex.ExternalScoreView;
import id.spbe.instrument.IndexResult;
import id.spbe.instrument.InstrumentDefinition;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The results report as a PDF, made with OpenPDF: a cover (agency, period, instrument), the index
 * and predikat per stage, a bar chart of self against final per domain (aspect for instruments
 * without domains; drawn by {@link ResultsChartPdf}), the domain and aspect table, and every
 * indicator's levels and recommendation; A4, page numbers. Texts in the request's language (Indonesian by default).
 */
@Component
class ResultsPdf {

	private static final Font TITLE = PdfFonts.bold(20);
	private static final Font SUBTITLE = PdfFonts.regular(13);
	private static final Font HEADING = PdfFonts.bold(12);
	private static final Font BODY = PdfFonts.regular(10);
	private static final Font SMALL = PdfFonts.regular(8);
	private static final Font SMALL_BOLD = PdfFonts.bold(8);

	private final Messages messages;
	private final ResultsChartPdf chart;
	private final Clock clock;

	ResultsPdf(Messages messages, ResultsChartPdf chart, Clock clock) {
		this.messages = messages;
		this.chart = chart;
		this.clock = clock;
	}

	byte[] render(Results r, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 50, 50);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle(messages.get(locale, "results.title") + " - " + r.ws().evaluation().agencyName());
		HeaderFooter footer = new HeaderFooter(new Phrase(messages.get(locale, "minutes.page") + " ", SMALL), true);
		footer.setAlignment(Element.ALIGN_CENTER);
		footer.setBorder(Rectangle.NO_BORDER);
		document.setFooter(footer);
		document.open();
		cover(document, r, locale);
		document.newPage();
		summary(document, r, locale);
		chart.add(document, writer, r, locale);
		groups(document, r, locale);
		document.newPage();
		indicators(document, r, locale);
		externals(document, r, locale);
		document.close();
		return out.toByteArray();
	}

	private void cover(Document document, Results r, Locale locale) {
		Paragraph space = new Paragraph(" ");
		space.setSpacingBefore(150);
		document.add(space);
		centred(document, messages.get(locale, "results.reportTitle"), TITLE, 12);
		centred(document, r.ws().evaluation().agencyName(), SUBTITLE, 6);
		centred(document, r.ws().evaluation().periodName(), SUBTITLE, 6);
		centred(document, r.instrument().name().in(locale) + " (" + r.instrument().regulation() + ")", BODY, 30);
		String noFinal = r.stages().size() == 1 ? "results.coverHidden" : "results.coverNoFinal";
		r.compared().ifPresentOrElse(stage -> centred(document, messages.get(locale, "results.coverFinal", shown(r.index(stage), locale),
				predikat(r.index(stage), locale)), HEADING, 6), () -> centred(document, messages.get(locale, noFinal), BODY, 6));
		IndexResult self = r.index(Stage.SELF);
		if (self.complete()) {
			centred(document, messages.get(locale, "results.coverSelf", shown(self, locale), predikat(self, locale)), BODY, 40);
		}
		String today = Wib.today(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
		centred(document, messages.get(locale, "results.generated", today), SMALL, 0);
	}

	private void summary(Document document, Results r, Locale locale) {
		PdfTables.section(document, HEADING, messages.get(locale, "results.byStage"));
		PdfPTable table = PdfTables.table(3, 2, 2, 3);
		PdfTables.header(table, SMALL_BOLD, messages.get(locale, "review.stage"), messages.get(locale, "results.index"),
				messages.get(locale, "results.predikat"), messages.get(locale, "results.scored"));
		for (Stage s : r.stages()) {
			IndexResult x = r.index(s);
			PdfTables.row(table, SMALL, messages.get(locale, "stage." + s), x.complete() ? shown(x, locale) : "-",
					x.complete() ? predikat(x, locale) : "-", messages.get(locale, "progress.of", x.scored(), x.total()));
		}
		document.add(table);
	}

	private void groups(Document document, Results r, Locale locale) {
		PdfTables.section(document, HEADING, messages.get(locale, "results.groups"));
		List<Stage> complete = r.stages().stream().filter(s -> r.index(s).complete()).toList();
		float[] widths = new float[2 + complete.size()];
		widths[0] = 1;
		widths[1] = 5;
		Arrays.fill(widths, 2, widths.length, 1.4f);
		PdfPTable table = PdfTables.table(widths);
		List<String> head = new ArrayList<>(List.of(messages.get(locale, "results.code"), messages.get(locale, "results.name")));
		complete.forEach(s -> head.add(messages.get(locale, "stage.short." + s)));
		PdfTables.header(table, SMALL_BOLD, head.toArray(String[]::new));
		for (InstrumentDefinition.Domain d : r.instrument().domains()) {
			List<String> cells = new ArrayList<>(List.of(d.code(), d.name().in(locale)));
			complete.forEach(s -> cells.add(Decimals.show(r.index(s).domains().get(d.code()), locale)));
			boldRow(table, cells.toArray(String[]::new));
			d.aspects().forEach(a -> aspectRow(table, r, complete, a, locale));
		}
		if (r.instrument().domains().isEmpty()) {
			r.instrument().allAspects().forEach(a -> aspectRow(table, r, complete, a, locale));
		}
		document.add(table);
	}

	private void aspectRow(PdfPTable table, Results r, List<Stage> complete, InstrumentDefinition.Aspect a, Locale locale) {
		List<String> cells = new ArrayList<>(List.of(a.code(), a.name().in(locale)));
		complete.forEach(s -> cells.add(Decimals.show(r.index(s).aspects().get(a.code()), locale)));
		PdfTables.row(table, SMALL, cells.toArray(String[]::new));
	}

	private void indicators(Document document, Results r, Locale locale) {
		PdfTables.section(document, HEADING, messages.get(locale, "results.indicators"));
		List<Stage> stages = r.stages();
		// recommendations exist only where the assessors' stages are shown
		boolean withRecommendation = stages.size() > 1;
		float[] widths = new float[2 + stages.size() + (withRecommendation ? 2 : 0)];
		widths[0] = 0.5f;
		widths[1] = 3.2f;
		// stage columns wide enough for "Dokumen" / "Interview" in 8 pt without breaking the word
		Arrays.fill(widths, 2, 2 + stages.size(), 1.25f);
		if (withRecommendation) {
			widths[2 + stages.size()] = 1.1f;
			widths[3 + stages.size()] = 3.6f;
		}
		PdfPTable table = PdfTables.table(widths);
		List<String> head = new ArrayList<>(
				List.of(messages.get(locale, "evaluation.indicatorNo"), messages.get(locale, "evaluation.indicator")));
		stages.forEach(s -> head.add(messages.get(locale, "stage.short." + s)));
		if (withRecommendation) {
			head.add(messages.get(locale, "results.gapShort"));
			head.add(messages.get(locale, "review.recommendation"));
		}
		PdfTables.header(table, SMALL_BOLD, head.toArray(String[]::new));
		for (Results.Row row : r.assessedRows()) {
			List<String> cells = new ArrayList<>(List.of(String.valueOf(row.indicator().number()),
					row.indicator().name().in(locale)));
			stages.forEach(s -> cells.add(r.ws().level(row.at(s), locale)));
			if (withRecommendation) {
				cells.add(row.gap() == null ? "" : (row.gap().signum() > 0 ? "+" : "") + r.ws().level(row.gap(), locale));
				cells.add(row.recommendation() == null ? "" : row.recommendation());
			}
			PdfTables.row(table, SMALL, cells.toArray(String[]::new));
		}
		document.add(table);
	}

	/** The indicators fed by national indices, apart: one value for every stage, with its source. */
	private void externals(Document document, Results r, Locale locale) {
		if (r.externalValues().isEmpty()) {
			return;
		}
		PdfTables.section(document, HEADING, messages.get(locale, "external.results.title"));
		document.add(new Paragraph(messages.get(locale, "external.results.intro"), SMALL));
		PdfPTable table = PdfTables.table(new float[] { 0.5f, 4f, 1.2f, 4f });
		PdfTables.header(table, SMALL_BOLD, messages.get(locale, "evaluation.indicatorNo"),
				messages.get(locale, "evaluation.indicator"), messages.get(locale, "external.results.value"),
				messages.get(locale, "external.results.source"));
		for (ExternalScoreView x : r.externalValues()) {
			PdfTables.row(table, SMALL, String.valueOf(x.number()), x.indicatorName().in(locale), r.ws().level(x.value()),
					x.arrived() ? messages.get(locale, "external.fromIndex", x.indexCode(), Decimals.show(x.score(), locale),
							x.source(), x.date()) : messages.get(locale, "external.waitingLong", x.indexCode(),
									r.ws().level(x.value())));
		}
		document.add(table);
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

	private static String shown(IndexResult x, Locale locale) {
		return Decimals.show(x.overall(), locale);
	}

	private static String predikat(IndexResult x, Locale locale) {
		return x.predikat().in(locale);
	}
}
