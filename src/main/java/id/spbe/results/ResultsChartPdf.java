package id.spbe.results;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import id.spbe.common.Decimals;
import id.spbe.common.Messages;
import id.spbe.common.PdfFonts;
import id.spbe.common.PdfTables;
import id.spbe.evaluation.Stage;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The results report's bar chart, drawn on the PDF canvas: self-assessment against the latest
 * complete assessors' stage ({@link Results#compared()}) per domain, or per aspect for instruments
 * without domains, on the instrument's scale, with a legend. Part of {@link ResultsPdf}.
 */
@Component
class ResultsChartPdf {

	private static final Font HEADING = PdfFonts.bold(12);
	private static final Font BODY = PdfFonts.regular(10);
	private static final Color SELF_COLOUR = new Color(108, 117, 125);
	private static final Color FINAL_COLOUR = new Color(13, 110, 253);

	private final Messages messages;

	ResultsChartPdf(Messages messages) {
		this.messages = messages;
	}

	/** Adds the chart's heading and the chart (or a note that no stage has an index yet). */
	void add(Document document, PdfWriter writer, Results r, Locale locale) {
		String title = r.byDomain() ? "results.chartDomains" : "results.chartAspects";
		PdfTables.section(document, HEADING, messages.get(locale, title));
		List<Stage> series = new ArrayList<>();
		if (r.index(Stage.SELF).complete()) {
			series.add(Stage.SELF);
		}
		r.compared().ifPresent(series::add);
		if (series.isEmpty()) {
			document.add(new Paragraph(messages.get(locale, "results.noIndex"), BODY));
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
				text(t, font, v == null ? "-" : Decimals.show(v, locale), left + w + 3, y + 2, 7, Color.BLACK);
			}
		}
		float legendX = left;
		for (Stage s : series) {
			t.setColorFill(s == Stage.SELF ? SELF_COLOUR : FINAL_COLOUR);
			t.rectangle(legendX, 2, 8, 8);
			t.fill();
			text(t, font, messages.get(locale, "stage." + s), legendX + 11, 3, 7, Color.BLACK);
			legendX += 110;
		}
		Image image = Image.getInstance(t);
		image.setAlignment(Element.ALIGN_CENTER);
		document.add(image);
	}

	private static void text(PdfTemplate t, BaseFont font, String s, float x, float y, float size, Color colour) {
		t.beginText();
		t.setFontAndSize(font, size);
		t.setColorFill(colour);
		t.setTextMatrix(x, y);
		t.showText(s);
		t.endText();
	}
}
