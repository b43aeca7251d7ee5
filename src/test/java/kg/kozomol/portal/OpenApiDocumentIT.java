package kg.kozomol.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import kg.kozomol.support.KozomolTest;

/** The OpenAPI document of the open data API is valid, complete and describes every parameter and schema. */
@KozomolTest
class OpenApiDocumentIT {

    private static final List<String> PATHS = List.of("/api/v1/recommendations", "/api/v1/recommendations/{key}",
            "/api/v1/briefs", "/api/v1/briefs/{key}", "/api/v1/bodies", "/api/v1/bodies/{key}", "/api/v1/themes");

    @Autowired MockMvc mvc;

    @Test
    void theDocumentIsValidOpenApi3ListingEveryApiPathAndNothingElse() throws Exception {
        var response = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String json = response.getContentAsString(StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(json, null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        assertThat(api.getInfo().getLicense().getName()).isEqualTo("CC BY 4.0");
        assertThat(api.getPaths().keySet()).containsExactlyInAnyOrderElementsOf(PATHS);
        api.getPaths().forEach((path, item) -> {
            assertThat(item.readOperations()).as(path).isNotEmpty();
            for (Operation operation : item.readOperations()) {
                assertThat(operation.getResponses()).as(path).containsKey("200");
                assertThat(operation.getSummary()).as(path).isNotBlank();
                assertThat(operation.getParameters()).as(path).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.getDescription()).as(path + " " + p.getName()).isNotBlank());
            }
        });
        assertThat(api.getPaths().get("/api/v1/recommendations").getGet().getParameters())
                .extracting(io.swagger.v3.oas.models.parameters.Parameter::getName)
                .contains("body", "theme", "position", "implementation", "year", "sdg", "organisation", "brief", "sort", "page", "size");
        assertThat(api.getPaths().get("/api/v1/recommendations/{key}").getGet().getResponses()).containsKeys("404");
        assertThat(api.getPaths().get("/api/v1/recommendations").getGet().getResponses()).containsKeys("400");
    }

    @Test
    void everySchemaAndPropertyIsDescribedAndEveryReferenceResolves() throws Exception {
        String json = mvc.perform(get("/api/v1/openapi.json")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        OpenAPI api = new OpenAPIV3Parser().readContents(json, null, new ParseOptions()).getOpenAPI();
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<String> undescribed = new ArrayList<>();
        schemas.forEach((name, schema) -> {
            if (schema.getDescription() == null || schema.getDescription().isBlank()) {
                undescribed.add(name);
            }
            if (schema.getProperties() != null) {
                ((Map<String, Schema<?>>) schema.getProperties()).forEach((property, value) -> {
                    if ((value.getDescription() == null || value.getDescription().isBlank()) && value.get$ref() == null) {
                        undescribed.add(name + "." + property);
                    }
                });
            }
        });
        assertThat(undescribed).isEmpty();
        Matcher refs = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/([^\"]+)\"").matcher(json);
        int count = 0;
        while (refs.find()) {
            assertThat(schemas).as("$ref " + refs.group(1)).containsKey(refs.group(1));
            count++;
        }
        assertThat(count).isPositive();
    }
}
