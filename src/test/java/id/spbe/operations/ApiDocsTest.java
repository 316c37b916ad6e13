package id.spbe.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.spbe.Fixtures;
import id.spbe.IntegrationTest;
import id.spbe.user.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document: only for signed-in users, and complete: every {@code /api} route the
 * application maps is in it with a summary and its error answers in the one error schema.
 */
@IntegrationTest
class ApiDocsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApiSummaries summaries;

	@Test
	void anonymousCallersAreRefusedTheDocumentAndSentToSignInForThePage() throws Exception {
		MockHttpServletResponse doc = mvc.perform(get("/v3/api-docs").header("Accept-Language", "en")).andReturn()
				.getResponse();
		assertThat(doc.getStatus()).isEqualTo(401);
		assertThat(JSON.readTree(doc.getContentAsString()).path("message").asString()).isNotBlank();
		assertThat(doc.getContentAsString()).doesNotContain("openapi");

		MockHttpServletResponse page = mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(302);
		assertThat(page.getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void everySignedInRoleReadsTheDocumentAndThePage() throws Exception {
		for (CurrentUser who : List.of(fixtures.login("admin"), fixtures.login("asesor"),
				fixtures.newAgency("pemdi-2026").operator())) {
			MockHttpServletResponse doc = mvc.perform(get("/v3/api-docs").with(user(who))).andReturn().getResponse();
			assertThat(doc.getStatus()).as(who.getUsername()).isEqualTo(200);
			assertThat(JSON.readTree(doc.getContentAsString()).path("openapi").asString()).startsWith("3.");
		}
		MockHttpServletResponse yaml = mvc.perform(get("/v3/api-docs.yaml").with(user(fixtures.login("asesor"))))
				.andReturn().getResponse();
		assertThat(yaml.getStatus()).isEqualTo(200);
		assertThat(yaml.getContentAsString()).startsWith("openapi: ");
		assertThat(mvc.perform(get("/v3/api-docs.yaml")).andReturn().getResponse().getStatus()).isEqualTo(401);

		MockHttpServletResponse page = mvc.perform(get("/swagger-ui/index.html").with(user(fixtures.login("asesor"))))
				.andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("swagger-ui-bundle.js");
		// the page CSP allows no inline script: the page must not need one
		assertThat(page.getContentAsString()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
	}

	@Test
	void everyApiRouteIsDocumentedWithASummaryAndItsErrors() throws Exception {
		JsonNode doc = JSON.readTree(mvc.perform(get("/v3/api-docs").with(user(fixtures.login("admin")))).andReturn()
				.getResponse().getContentAsString());
		JsonNode paths = doc.path("paths");
		Set<String> routes = apiRoutes();
		assertThat(routes).as("the application's /api routes").hasSizeGreaterThan(60);
		List<String> missing = new ArrayList<>();
		List<String> withoutSummary = new ArrayList<>();
		List<String> withoutErrors = new ArrayList<>();
		for (String route : routes) {
			String method = route.substring(0, route.indexOf(' '));
			String path = route.substring(route.indexOf(' ') + 1);
			JsonNode operation = paths.path(path).path(method.toLowerCase(Locale.ROOT));
			if (operation.isMissingNode()) {
				missing.add(route);
				continue;
			}
			if (operation.path("summary").asString("").isBlank()) {
				withoutSummary.add(route);
			}
			JsonNode refused = operation.path("responses").path("401");
			if (!refused.path("content").path("application/json").path("schema").path("$ref").asString("")
					.endsWith("/" + ApiDocs.ERROR_SCHEMA) || operation.path("responses").path("403").isMissingNode()) {
				withoutErrors.add(route);
			}
		}
		assertThat(missing).as("routes missing from /v3/api-docs").isEmpty();
		assertThat(withoutSummary).as("routes without a summary in api-docs.yml").isEmpty();
		assertThat(withoutErrors).as("routes without the error answers").isEmpty();
		// and nothing in the document that the application does not map (e.g. a stale api-docs.yml entry)
		assertThat(summaries.keys()).as("api-docs.yml entries without a route").isSubsetOf(routes);
		assertThat(doc.path("components").path("schemas").path(ApiDocs.ERROR_SCHEMA).path("required").toString())
				.contains("message");
	}

	@Test
	void pathVariablesAndWritesGetTheirErrors() throws Exception {
		JsonNode doc = JSON.readTree(mvc.perform(get("/v3/api-docs").with(user(fixtures.login("admin")))).andReturn()
				.getResponse().getContentAsString());
		JsonNode entryPut = doc.path("paths").path("/api/evaluations/{id}/indicators/{number}").path("put")
				.path("responses");
		assertThat(entryPut.has("400")).isTrue();
		assertThat(entryPut.has("404")).isTrue();
		assertThat(entryPut.has("409")).isTrue();
		assertThat(entryPut.has("428")).isTrue();
		JsonNode list = doc.path("paths").path("/api/instruments").path("get").path("responses");
		assertThat(list.has("401")).isTrue();
		assertThat(list.has("404")).as("no path variable, nothing to find").isFalse();
	}

	/** {@code "METHOD /path"} of every handler mapped under /api, path variables without their patterns. */
	private Set<String> apiRoutes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
					continue;
				}
				String path = pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
				assertThat(methods).as(pattern + " maps every HTTP method").isNotEmpty();
				methods.forEach(m -> routes.add(m.name() + " " + path));
			}
		}
		return routes;
	}
}
