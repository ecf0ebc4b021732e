package io.noetl.platform.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the shared Problem schemas and the answers every operation can give (400, 401, 403, 500, 503) so
 * resources only declare their route-specific errors (api.md §2).
 */
public class CommonResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "The request cannot be read (bad body, parameter or cursor)",
            "401", "Missing or invalid bearer token",
            "403", "The token lacks the role this route needs",
            "500", "Unexpected error; quote request_id",
            "503", "Database, pool or peer unavailable, or draining; retry after Retry-After");

    @Override
    public Operation filterOperation(Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        COMMON.forEach((status, description) -> {
            if (!responses.hasAPIResponse(status)) responses.addAPIResponse(status, problem(description, "Problem"));
        });
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(problemContent(status.equals("422") || status.equals("400") ? "ValidationProblem" : "Problem"));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) openAPI.setComponents(OASFactory.createComponents());
        Schema fieldError = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("path", string("JSON Pointer into the body, or query.<name> / path.<name>"))
                .addProperty("message", string("What is wrong"))
                .addProperty("line", integer()).addProperty("column", integer());
        Schema problem = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem (api.md §1.3)")
                .addProperty("type", string("urn:noetl:problem:<code>"))
                .addProperty("title", string("Fixed per code"))
                .addProperty("status", integer())
                .addProperty("detail", string("One sentence about this occurrence"))
                .addProperty("instance", string("Request path"))
                .addProperty("code", string("Machine code, snake_case"))
                .addProperty("request_id", string("Same as the X-Request-Id header"));
        Schema validation = OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("A problem listing every error found")
                .allOf(java.util.List.of(OASFactory.createSchema().ref("Problem")))
                .addProperty("errors", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("FieldError")));
        openAPI.getComponents().addSchema("FieldError", fieldError).addSchema("Problem", problem)
                .addSchema("ValidationProblem", validation);
    }

    private static APIResponse problem(String description, String schema) {
        return OASFactory.createAPIResponse().description(description).content(problemContent(schema));
    }

    private static Content problemContent(String schema) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(schema));
        return OASFactory.createContent().addMediaType("application/problem+json", media);
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.STRING)).description(description);
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER));
    }
}
