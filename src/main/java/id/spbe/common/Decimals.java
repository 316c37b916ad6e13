package id.spbe.common;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The one way a level, value or index is written for people: as the instrument writes it, with
 * the decimal separator of the reader's language (Indonesian "2,46", English "2.46"). Pages print
 * through Spring's conversion service ({@code ${{value}}}, which calls {@link #show}); PDFs, Excel
 * text cells and mail call {@link #show} or {@link #level} with the document's locale. The API
 * keeps JSON numbers with a point, and parsing ({@link Numbers#decimal}) accepts both separators.
 */
public final class Decimals {

	/**
	 * Excel number format of an index or a decimal value: two decimals. The cell stays a number;
	 * Excel shows it with the reader's own separator.
	 */
	public static final String EXCEL_INDEX_FORMAT = "0.00";
	/** Excel number format of a whole level ("0.##" would show "3." for 3). */
	public static final String EXCEL_WHOLE_FORMAT = "0";

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");
	private static final char ID_SEPARATOR = DecimalFormatSymbols.getInstance(INDONESIAN).getDecimalSeparator();
	private static final char EN_SEPARATOR = DecimalFormatSymbols.getInstance(Locale.ENGLISH).getDecimalSeparator();

	private Decimals() {
	}

	/** "3" for a whole level, "2.5" or "1.26" for a fraction, always with a point; "" for none. */
	public static String plain(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal p = value.stripTrailingZeros();
		return (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
	}

	/**
	 * A value as stored, its decimals kept (an index 2.50 stays "2,50"), with the locale's
	 * separator; "" for none.
	 */
	public static String show(BigDecimal value, Locale locale) {
		return value == null ? "" : localised(value.toPlainString(), locale);
	}

	/** A level as the instrument writes it ({@link #plain}: "3", "2,5") with the locale's separator. */
	public static String level(BigDecimal value, Locale locale) {
		return localised(plain(value), locale);
	}

	/** {@link #level} in the current request's language (view records asked by templates). */
	public static String level(BigDecimal value) {
		return level(value, LocaleContextHolder.getLocale());
	}

	/** {@link #show} in the current request's language. */
	public static String show(BigDecimal value) {
		return show(value, LocaleContextHolder.getLocale());
	}

	/** The decimal separator people of this language write: ',' in Indonesian, '.' in English. */
	public static char separator(Locale locale) {
		Locale l = locale == null ? INDONESIAN : locale;
		// the app's two languages looked up once: DecimalFormatSymbols.getInstance copies the symbols
		// on every call, and a results page writes a few hundred values; any other locale (a
		// document's own) is looked up each time
		Character known = l.equals(INDONESIAN) ? ID_SEPARATOR : l.equals(Locale.ENGLISH) ? EN_SEPARATOR : null;
		return known != null ? known : DecimalFormatSymbols.getInstance(l).getDecimalSeparator();
	}

	private static String localised(String plain, Locale locale) {
		char separator = separator(locale);
		return separator == '.' ? plain : plain.replace('.', separator);
	}
}
