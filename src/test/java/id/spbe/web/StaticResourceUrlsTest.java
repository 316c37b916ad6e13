package id.spbe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static resource links are still resolved (the WebJars' versionless paths get their version)
 * while every other link a page writes passes untouched, without a look in the class path.
 */
@IntegrationTest
class StaticResourceUrlsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void webJarLinksGetTheirVersionAndPageLinksStayAsWritten() throws Exception {
		String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("/webjars/bootstrap/\\d+\\.\\d+[^\"]*/css/bootstrap\\.min\\.css")
				.containsPattern("/webjars/htmx\\.org/\\d[^\"]*/dist/htmx\\.min\\.js").contains("href=\"/css/app.css\"")
				.contains("action=\"/login\"");
	}

	@Test
	void bootsOwnFilterBacksOff(@Autowired List<FilterRegistrationBean<?>> filters) {
		List<Class<?>> encoding = filters.stream().map(r -> (Object) r.getFilter()).filter(f -> f instanceof ResourceUrlEncodingFilter)
				.<Class<?>>map(Object::getClass).toList();
		assertThat(encoding).containsExactly(StaticResourceUrls.StaticOnlyResourceUrlEncodingFilter.class);
	}

	@Test
	void onlyStaticPathsAreStatic() {
		assertThat(StaticResourceUrls.isStatic("/webjars/bootstrap/css/bootstrap.min.css", "")).isTrue();
		assertThat(StaticResourceUrls.isStatic("/spbe/css/app.css", "/spbe")).isTrue();
		assertThat(StaticResourceUrls.isStatic("/favicon.svg", "")).isTrue();
		assertThat(StaticResourceUrls.isStatic("/evaluations/3/indicators/4/evidence/9/remove", "")).isFalse();
		assertThat(StaticResourceUrls.isStatic("/instruments", "")).isFalse();
	}
}
