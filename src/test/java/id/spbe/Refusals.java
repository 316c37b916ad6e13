package id.spbe;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.ObjectError;

/**
 * A page form's refusal as a test reads it: the form's errors, sent back in the redirect's flash
 * or in the model of a page shown again, and their messages as the user reads them (Indonesian,
 * the default bundle).
 */
public final class Refusals {

	private static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private Refusals() {
	}

	/** The errors of form {@code name} that the request sent back, or null when it sent none. */
	public static BindingResult of(MvcResult result, String name) {
		String key = BindingResult.MODEL_KEY_PREFIX + name;
		Object kept = result.getFlashMap().get(key);
		if (kept == null && result.getModelAndView() != null) {
			kept = result.getModelAndView().getModel().get(key);
		}
		return (BindingResult) kept;
	}

	/** The messages of those errors in the order the page shows them: the form's own first, then its fields'. */
	public static List<String> messages(MessageSource source, MvcResult result, String name) {
		BindingResult errors = of(result, name);
		if (errors == null) {
			return List.of();
		}
		return java.util.stream.Stream.concat(errors.getGlobalErrors().stream(), errors.getFieldErrors().stream())
				.map((ObjectError e) -> source.getMessage(e, INDONESIAN)).toList();
	}

	/** Expects form {@code name} to have been refused with at least one error. */
	public static ResultMatcher refused(String name) {
		return result -> {
			BindingResult errors = of(result, name);
			if (errors == null || !errors.hasErrors()) {
				throw new AssertionError("expected errors of " + name + ", flash: " + result.getFlashMap());
			}
		};
	}

	/** The page the request redirected to, shown with its flash (the kept form and its errors), as HTML. */
	public static String followed(MockMvc mvc, MvcResult result, RequestPostProcessor user) throws Exception {
		String target = result.getResponse().getRedirectedUrl();
		if (target == null) {
			throw new AssertionError("not a redirect: " + result.getResponse().getStatus());
		}
		Map<String, Object> flash = result.getFlashMap();
		return mvc.perform(get(target).flashAttrs(flash).with(user)).andReturn().getResponse().getContentAsString();
	}
}
