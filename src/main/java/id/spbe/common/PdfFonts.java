package id.spbe.common;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Fonts for the PDFs (minutes, results report): Liberation Sans embedded with Unicode encoding,
 * so that names with diacritics ("Śuryadi") and signs such as ≥ print as typed; the PDF base
 * fonts know only Western European letters. Source: openpdf-fonts-extra.
 */
public final class PdfFonts {

	private static final BaseFont REGULAR = load("/liberation/LiberationSans-Regular.ttf");
	private static final BaseFont BOLD = load("/liberation/LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	/** Regular text of the given size in points. */
	public static Font regular(float size) {
		return new Font(REGULAR, size);
	}

	/** Bold text of the given size in points. */
	public static Font bold(float size) {
		return new Font(BOLD, size);
	}

	/** The regular base font, for drawing text directly on a canvas. */
	public static BaseFont base() {
		return REGULAR;
	}

	private static BaseFont load(String resource) {
		try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("font " + resource + " is not on the classpath");
			}
			return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
