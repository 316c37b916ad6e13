package id.spbe.instrument;

import java.util.Locale;

/**
 * A text in Indonesian ({@code id}, the UI default) and English ({@code en}).
 *
 * @param id Indonesian text
 * @param en English text
 */
public record Text(String id, String en) {

	/** The English text for an English locale, otherwise the Indonesian one; never null when both are set. */
	public String in(Locale locale) {
		boolean english = locale != null && "en".equals(locale.getLanguage());
		String preferred = english ? en : id;
		return preferred == null || preferred.isBlank() ? (english ? id : en) : preferred;
	}

	boolean isComplete() {
		return id != null && !id.isBlank() && en != null && !en.isBlank();
	}
}
