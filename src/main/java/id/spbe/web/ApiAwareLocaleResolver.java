package id.spbe.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Pages are Indonesian unless the user picked English (kept in a cookie), whatever the browser
 * asks for; API clients choose with {@code ?lang=en|id} or {@code Accept-Language}. Both fall
 * back to Indonesian.
 */
class ApiAwareLocaleResolver implements LocaleResolver {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final CookieLocaleResolver pages = new CookieLocaleResolver("SPBE_LANG");
	private final AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();

	ApiAwareLocaleResolver() {
		pages.setDefaultLocale(INDONESIAN);
		pages.setCookieMaxAge(Duration.ofDays(365));
		api.setDefaultLocale(INDONESIAN);
		api.setSupportedLocales(List.of(INDONESIAN, Locale.ENGLISH));
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (isApi(request)) {
			String lang = request.getParameter("lang");
			if ("en".equals(lang) || "id".equals(lang)) {
				return "en".equals(lang) ? Locale.ENGLISH : INDONESIAN;
			}
			return api.resolveLocale(request);
		}
		return pages.resolveLocale(request);
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (isApi(request)) {
			return;
		}
		boolean english = locale != null && "en".equals(locale.getLanguage());
		pages.setLocale(request, response, english ? Locale.ENGLISH : INDONESIAN);
	}

	/** On the error dispatch, whether the request that failed was one of the API. */
	private static boolean isApi(HttpServletRequest request) {
		return ErrorPageController.isApi(request);
	}
}
