package kg.kozomol.portal.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import kg.kozomol.portal.PublicFilter;

/** The API's strong ETags and its OpenAPI document, including the query parameters its lists read. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    /** The list filters, named as on the tracker page; described once here for the OpenAPI document. */
    private static final Map<String, String> FILTERS = filters();
    private static final Map<String, List<String>> LIST_PARAMETERS = Map.of(
            OpenDataPaths.API + "/recommendations", PublicFilter.PARAMETERS,
            OpenDataPaths.API + "/briefs", List.of("theme", "organisation", "year", "withdrawn"),
            OpenDataPaths.API + "/bodies", List.of(),
            OpenDataPaths.API + "/themes", List.of());

    /**
     * The ETag is a hash of the answer's bytes, computed once the answer is written; a request whose If-None-Match
     * matches gets 304 without the body. Strong, because equal bytes are equal answers.
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns(OpenDataPaths.API + "/*");
        return registration;
    }

    @Bean
    OpenApiCustomizer openDataDocument() {
        return api -> {
            api.info(new Info().title("Kozomol open data API").version("1")
                    .description("Read-only access to what the Kozomol portal publishes: policy briefs, recommendations to "
                            + "state bodies with their answers and timelines, state bodies' scorecards and themes. Only published "
                            + "records are served. Answers carry a strong ETag (send If-None-Match for 304) and may be cached "
                            + "for a minute. Errors are RFC 9457 problem+json. Data dictionary: /p/data.")
                    .license(new License().name(OpenLicence.NAME).url(OpenLicence.URL)));
            describeProblems(api);
            LIST_PARAMETERS.forEach((path, names) -> {
                if (api.getPaths() == null || api.getPaths().get(path) == null) {
                    return;
                }
                var get = api.getPaths().get(path).getGet();
                names.forEach(name -> get.addParametersItem(new QueryParameter().name(name).description(FILTERS.get(name))
                        .schema(name.equals("year") ? new IntegerSchema() : new StringSchema())));
                get.addParametersItem(new QueryParameter().name("page").description("Page number, from 1 (default 1)")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
                get.addParametersItem(new QueryParameter().name("size")
                        .description("Items per page, default 25; larger values are capped at 200")
                        .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
            });
        };
    }

    /** Spring's ProblemDetail comes without descriptions; RFC 9457 gives them. */
    @SuppressWarnings("unchecked")
    private static void describeProblems(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        var problem = api.getComponents().getSchemas().get("ProblemDetail");
        if (problem == null) {
            return;
        }
        problem.setDescription("An error as RFC 9457 problem details (media type application/problem+json)");
        Map<String, String> fields = Map.of("type", "A URI naming the kind of problem",
                "title", "A short summary of the kind of problem, in the language of the request",
                "status", "The HTTP status code", "detail", "What went wrong with this request, in the language of the request",
                "instance", "The request path", "properties", "Extra members; for 400, \"parameters\" lists the malformed ones");
        ((Map<String, io.swagger.v3.oas.models.media.Schema<?>>) problem.getProperties()).forEach((name, schema) ->
                schema.setDescription(fields.getOrDefault(name, name)));
    }

    private static Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("body", "Identifier of a state body the recommendation is addressed to");
        filters.put("theme", "Identifier of a theme of monitoring");
        filters.put("position", "Current position of the body (or, without body, of any addressed body): ACCEPTED, "
                + "PARTIALLY_ACCEPTED, NOTED, REJECTED, CLAIMED_IMPLEMENTED, REDIRECTED or NO_RESPONSE");
        filters.put("implementation", "Implementation status: the CSO's independent assessment when there is one, otherwise "
                + "the body's own report: NO_EVIDENCE, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETE, SUPERSEDED or WITHDRAWN");
        filters.put("year", "Year of release (recommendations) or of first publication (briefs), 2000-2100");
        filters.put("sdg", "SDG target code such as 16.3, or a goal number such as 16 to include all its targets");
        filters.put("organisation", "Identifier of the CSO that issued it");
        filters.put("brief", "Identifier of the brief it comes from");
        filters.put("source", "Where it comes from: BRIEF (a CSO's policy brief) or EVALUATION (a state programme's evaluation)");
        filters.put("sort", "Order: newest (default), oldest, reference or priority");
        filters.put("withdrawn", "true to include briefs withdrawn by their authors");
        return Map.copyOf(filters);
    }
}
