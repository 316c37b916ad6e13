package id.spbe.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Resolves static resource links (the WebJars' versionless paths, {@code /css/}, {@code /js/}) as
 * Boot's {@link ResourceUrlEncodingFilter} does, but only those: Boot's filter looks up every
 * link a page writes ({@code @{...}}) in every static location of the class path, and remembers
 * only the ones it finds, so each link to a page or a form action (hundreds on an indicator page
 * with many evidence items) cost several lookups in the application's jar on every request: a
 * third of the pages' time in the profile (docs/performance.md). Boot backs off when this
 * filter is registered.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourceUrls {

	/** The paths under which static resources live (src/main/resources/static and the WebJars). */
	static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/favicon.svg");

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new StaticOnlyResourceUrlEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** True when {@code url} (as a page writes it, with the context path) names a static resource. */
	static boolean isStatic(String url, String contextPath) {
		String path = url.startsWith(contextPath) ? url.substring(contextPath.length()) : url;
		return PREFIXES.stream().anyMatch(path::startsWith);
	}

	/** Boot's filter, asked only about static resource links; every other link passes untouched. */
	static class StaticOnlyResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse plain)) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, (req, resolving) -> chain.doFilter(req,
					new Selective((HttpServletResponse) resolving, plain, http.getContextPath())));
		}
	}

	/** Sends static links to the resolving response, all others to the response underneath. */
	static class Selective extends HttpServletResponseWrapper {

		private final HttpServletResponse plain;
		private final String contextPath;

		Selective(HttpServletResponse resolving, HttpServletResponse plain, String contextPath) {
			super(resolving);
			this.plain = plain;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStatic(url, contextPath) ? super.encodeURL(url) : plain.encodeURL(url);
		}
	}
}
