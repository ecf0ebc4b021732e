package io.noetl.execution;

import static io.noetl.execution.ExecutionFixtures.execution;
import static io.noetl.execution.ExecutionFixtures.freshPath;
import static io.noetl.execution.ExecutionFixtures.playbook;
import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ExecutionListTest {

    @Test
    void listsNewestFirstAsABareArrayFilteredByPathStatusCatalogAndParent() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long a = execution(catalog, path, "COMPLETED");
        long b = execution(catalog, path, "RUNNING");
        long c = execution(catalog, path, "FAILED", a, null, null, null, null, "{\"kind\": \"http_error\", \"message\": \"boom\", \"step\": \"greet\"}");

        JsonPath all = given().queryParam("path", path).get("/api/executions").then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("execution_id")).containsExactly(id(c), id(b), id(a));
        assertThat(all.getString("[0].error")).isEqualTo("boom");
        assertThat(all.getString("[0].error_detail.step")).isEqualTo("greet");
        assertThat(all.getString("[0].parent_execution_id")).isEqualTo(id(a));
        assertThat(all.getString("[0].result")).isNull();
        assertThat(all.getString("[2].duration_human")).isEqualTo("1m 12s");
        assertThat(all.getInt("[2].progress")).isEqualTo(100);
        assertThat(all.getString("[1].trigger.type")).isEqualTo("api");

        assertThat(given().queryParam("path", path).queryParam("status", "completed,failed").get("/api/executions")
                .jsonPath().getList("execution_id")).containsExactly(id(c), id(a));
        assertThat(given().queryParam("catalog_id", id(catalog)).queryParam("status", "RUNNING").get("/api/executions")
                .jsonPath().getList("execution_id")).containsExactly(id(b));
        assertThat(given().queryParam("parent_execution_id", id(a)).get("/api/executions")
                .jsonPath().getList("execution_id")).containsExactly(id(c));
    }

    @Test
    void sinceIsInclusiveAndUntilExclusiveOnCreatedAt() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        long early = execution(catalog, path, "COMPLETED", null, "2021-01-01T00:00:00Z", null, null, null, null);
        long middle = execution(catalog, path, "COMPLETED", null, "2021-06-01T00:00:00Z", null, null, null, null);
        execution(catalog, path, "COMPLETED", null, "2022-01-01T00:00:00Z", null, null, null, null);

        assertThat(given().queryParam("path", path).queryParam("since", "2021-01-01T00:00:00Z")
                .queryParam("until", "2022-01-01T00:00:00+00:00").get("/api/executions").jsonPath().getList("execution_id"))
                .containsExactly(id(middle), id(early));
        assertThat(given().queryParam("path", path).queryParam("since", "2021-06-01T02:00:00+02:00")
                .get("/api/executions").jsonPath().getList("execution_id")).hasSize(2).doesNotContain(id(early));
        Response noOffset = given().queryParam("since", "2021-01-01T00:00:00").get("/api/executions");
        assertProblem(noOffset, 400, "invalid_parameter", "/api/executions");
        assertThat(noOffset.jsonPath().getList("errors.path")).containsExactly("query.since");
    }

    @Test
    void keysetPagesWalkEveryExecutionOnceWithCursorHeaders() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) made.add(0, id(execution(catalog, path, "PENDING")));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("path", path).queryParam("limit", 2);
            if (cursor != null) request.queryParam("cursor", cursor);
            Response page = request.get("/api/executions").then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("execution_id"));
            cursor = page.header("X-Next-Cursor");
            if (cursor != null) assertThat(page.header("Link")).contains("cursor=").endsWith("rel=\"next\"");
            else assertThat(page.header("Link")).isNull();
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(made);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void pageModeSkipsWholePagesAndLinksTheNextOne() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) made.add(0, id(execution(catalog, path, "RUNNING")));

        Response second = given().queryParam("path", path).queryParam("page", 2).queryParam("page_size", 2).get("/api/executions");
        assertThat(second.jsonPath().getList("execution_id")).containsExactly(made.get(2), made.get(3));
        assertThat(second.header("Link")).contains("page=3");
        Response last = given().queryParam("path", path).queryParam("page", 3).queryParam("page_size", 2).get("/api/executions");
        assertThat(last.jsonPath().getList("execution_id")).containsExactly(made.get(4));
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void badPagingAndCursorsAreProblems() throws Exception {
        String path = freshPath();
        long catalog = playbook(path);
        for (int i = 0; i < 3; i++) execution(catalog, path, "RUNNING");
        String cursor = given().queryParam("path", path).queryParam("limit", 1).get("/api/executions").header("X-Next-Cursor");
        assertThat(cursor).isNotBlank();

        assertProblem(given().queryParam("path", path).queryParam("cursor", cursor + "x").get("/api/executions"), 400, "invalid_cursor", "/api/executions");
        // A cursor is bound to its filters: reused with another status it is refused, not misapplied.
        assertProblem(given().queryParam("path", path).queryParam("status", "FAILED").queryParam("cursor", cursor)
                .get("/api/executions"), 400, "invalid_cursor", "/api/executions");
        assertProblem(given().queryParam("page", 2).queryParam("cursor", cursor).get("/api/executions"), 400, "invalid_parameter", "/api/executions");
        assertProblem(given().queryParam("page", 1002).queryParam("page_size", 100).get("/api/executions"), 400, "page_too_deep", "/api/executions");
        assertProblem(given().queryParam("page", 0).get("/api/executions"), 400, "invalid_parameter", "/api/executions");
        assertProblem(given().queryParam("limit", 0).get("/api/executions"), 400, "invalid_parameter", "/api/executions");
        assertProblem(given().queryParam("status", "DONE").get("/api/executions"), 400, "invalid_parameter", "/api/executions");
        assertProblem(given().queryParam("catalog_id", "12x").get("/api/executions"), 400, "invalid_parameter", "/api/executions");
        assertProblem(given().queryParam("path", "../etc").get("/api/executions"), 400, "invalid_parameter", "/api/executions");
        given().queryParam("path", path).queryParam("page_size", 5000).get("/api/executions").then().statusCode(200);
    }

    static String id(long id) {
        return Long.toString(id);
    }
}
