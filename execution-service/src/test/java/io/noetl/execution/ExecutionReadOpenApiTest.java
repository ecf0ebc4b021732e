package io.noetl.execution;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExecutionReadOpenApiTest {

    /** operationId of api.md §4.1 per read route; every route but the listing also answers 404. */
    private static final Map<String, String> ROUTES = Map.of(
            "/api/executions", "listExecutions",
            "/api/executions/{id}", "getExecution",
            "/api/executions/{id}/events", "listExecutionEvents",
            "/api/executions/{id}/status", "getExecutionStatus",
            "/api/executions/{id}/steps", "listExecutionSteps",
            "/api/executions/{id}/graph", "getExecutionGraph",
            "/api/executions/{id}/result", "getExecutionResult",
            "/api/executions/{id}/cancellation-check", "checkExecutionCancellation");

    @Test
    void everyReadRouteIsDocumentedWithItsSpecOperationIdAndErrors() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        ROUTES.forEach((path, operationId) -> {
            Map<String, Object> get = doc.getMap("paths.'" + path + "'.get");
            assertThat(get).as(path).isNotNull().containsEntry("operationId", operationId);
            Map<String, Object> responses = doc.getMap("paths.'" + path + "'.get.responses");
            assertThat(responses).as(path).containsKeys("200", "400");
            if (!path.equals("/api/executions")) assertThat(responses).as(path).containsKey("404");
        });
        assertThat(doc.getMap("components.schemas")).containsKeys("ExecutionSummary", "ExecutionDetail", "Event",
                "ExecutionStatus", "StepState", "ExecutionGraph");
    }
}
