package id.spbe.operations;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api} (springdoc: {@code /v3/api-docs}, the page
 * {@code /swagger-ui.html}). springdoc reads the routes, parameters and bodies from the controllers;
 * this adds what it cannot know: each operation's summary from {@link ApiSummaries} (one file beside
 * the code, {@code api-docs.yml}, rather than annotations across every module) and its error
 * answers, all in the one shape every API error has ({@code {"message": ...}}, see
 * {@code web.ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

	static final String ERROR_SCHEMA = "ApiError";
	static final String BASIC = "basicAuth";
	static final String BEARER = "bearerToken";

	/** The answers every route may give, by status. */
	static final Map<String, String> ERRORS = Map.of(
			"400", "Bad input: a malformed or out-of-bounds value; the message names it. Nothing is stored.",
			"401", "Not signed in, or wrong credentials (one answer for every cause).",
			"403", "Your role may not do this, or your temporary password must be changed first.",
			"404", "Not there, or not yours to see (another agency's evaluation, a team you are not on).",
			"409", "Conflicts with what is stored: the workflow state, a stale version, a duplicate or a name in use.",
			"413", "The file or body is over the size limit.",
			"422", "A well-formed document that breaks the rules; every problem is listed.",
			"428", "The version (or history count) you read is required for this write.");

	private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
			PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

	@Bean
	OpenAPI apiDescription() {
		return new OpenAPI()
				.info(new Info().title("Evaluasi SPBE & Pemdi API").version("1")
						.description("The API the pages stand on: every list, change and workflow move of the product "
								+ "for scripts and integrations. Errors are JSON {\"message\": ...} in the Accept-Language "
								+ "(Indonesian by default, English with Accept-Language: en). See README \"API\"."))
				.components(new Components().addSecuritySchemes(BASIC,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
								.description("Username and password of a product account"))
						.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
								.description("A personal API token (account page \"Token API\" or POST /api/me/tokens)")))
				.addSecurityItem(new SecurityRequirement().addList(BEARER))
				.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	@Bean
	OpenApiCustomizer summariesAndErrors(ApiSummaries summaries) {
		return api -> {
			api.getComponents().addSchemas(ERROR_SCHEMA, errorSchema());
			if (api.getPaths() == null) {
				return;
			}
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				ApiSummaries.Entry entry = summaries.of(method.name(), path);
				if (entry != null) {
					operation.setSummary(entry.summary());
					if (entry.description() != null) {
						operation.setDescription(entry.description());
					}
				}
				addErrors(operation, errorsOf(method, path, operation, entry));
			}));
		};
	}

	/** 401 and 403 everywhere; 404 with a path variable; 400 on writes and queries; and the entry's own. */
	private static Set<String> errorsOf(PathItem.HttpMethod method, String path, Operation operation,
			ApiSummaries.Entry entry) {
		Set<String> codes = new java.util.TreeSet<>(List.of("401", "403"));
		if (path.contains("{")) {
			codes.add("404");
		}
		boolean hasQuery = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
		if (WRITES.contains(method) || hasQuery || operation.getRequestBody() != null) {
			codes.add("400");
		}
		if (entry != null) {
			codes.addAll(entry.errors());
		}
		return codes;
	}

	private static void addErrors(Operation operation, Set<String> codes) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		Map<String, ApiResponse> sorted = new TreeMap<>();
		for (String code : codes) {
			String description = ERRORS.get(code);
			if (description == null) {
				throw new IllegalStateException("api-docs.yml names an error status without a description: " + code);
			}
			sorted.put(code, new ApiResponse().description(description)
					.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
							new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)))));
		}
		sorted.forEach((code, response) -> responses.putIfAbsent(code, response));
		operation.setResponses(responses);
	}

	@SuppressWarnings("rawtypes")
	private static Schema errorSchema() {
		ObjectSchema line = new ObjectSchema();
		line.addProperty("line", new IntegerSchema().description("line (CSV, YAML) or row (Excel), from 1"));
		line.addProperty("column", new StringSchema());
		line.addProperty("message", new StringSchema());
		ObjectSchema error = new ObjectSchema();
		error.description("Every API error: a message in the request's language; file imports add the problems by "
				+ "line and column; a stale write adds the stored state (e.g. current, duplicateOf).");
		error.addProperty("message", new StringSchema().description("in the Accept-Language"));
		error.addProperty("errors", new ArraySchema().items(line));
		error.setRequired(List.of("message"));
		error.setAdditionalProperties(Boolean.TRUE);
		return error;
	}
}
