package id.spbe.common;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The parts of the big pages that repeat per indicator or evidence item (the review overview's
 * and the self-assessment overview's rows; on the indicator pages the criteria with their evidence
 * items, the evidence list and its item checkboxes), the review pages' parts without forms and the
 * results page below its header, rendered by jte templates that the build compiles to
 * Java ({@code src/main/jte/<module>/<name>.jte}); a controller puts the finished HTML into its
 * Thymeleaf page, which places it with {@code th:utext}. Why two template engines: warm, Thymeleaf
 * spends about 5 µs on every expression, and a row of 47 indicators times a dozen expressions made
 * these pages cost more than twice the cheapest page (docs/performance.md, fifth and sixth
 * sessions); a compiled template calls the same record accessors directly. Links and forms a
 * template writes take {@link #contextPath} and {@link #csrfToken}, which Thymeleaf adds itself. jte escapes every
 * value for HTML ({@link ContentType#Html}) and leaves out an attribute whose value is null or
 * false, as Thymeleaf does.
 *
 * <p>A template takes two parameters: {@code t}, the {@link Messages} of the request's language,
 * and {@code m}, the page's record, usually package-private in the template's module.
 */
@Component
public class PageParts {

	private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
			PageParts.class.getClassLoader(), "id.spbe");

	private final Messages messages;

	PageParts(Messages messages) {
		this.messages = messages;
	}

	/**
	 * The application's context path ("" at the root), for the links a template writes: what
	 * Thymeleaf's {@code @{...}} adds by itself.
	 */
	public static String contextPath() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest().getContextPath();
	}

	/**
	 * The request's CSRF token, for the forms a template writes: what Thymeleaf adds by itself to a
	 * form with {@code th:action}.
	 */
	public static CsrfToken csrfToken() {
		return (CsrfToken) ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest()
				.getAttribute(CsrfToken.class.getName());
	}

	/**
	 * The HTML of a template that other templates call too, with its named parameters besides
	 * {@code t} ({@code evidence/details.jte}: {@code e}, {@code use}, {@code contextPath}).
	 */
	public String renderWith(String name, Map<String, Object> params) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("t", messages);
		StringOutput out = new StringOutput(2048);
		engine.render(name, all, out);
		return out.toString();
	}

	/** The HTML of template {@code name} ("review/overviewTables.jte") for the page's record. */
	public String render(String name, Object model) {
		StringOutput out = new StringOutput(16 * 1024);
		engine.render(name, Map.of("t", messages, "m", model), out);
		return out.toString();
	}
}
