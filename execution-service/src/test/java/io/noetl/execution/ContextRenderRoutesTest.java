package io.noetl.execution;

import static io.noetl.testsupport.ServiceFoundationContract.assertProblem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.testsupport.PostgresTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(PostgresTestResource.class)
class ContextRenderRoutesTest {

    private static final String PATH = "/api/context/render";

    private static Response render(Map<String, Object> body) {
        return given().contentType("application/json").body(body).post(PATH);
    }

    private static long richExecution() throws Exception {
        long execution = ExtrasFixtures.execution(ExtrasFixtures.catalogEntry(),
                "{\"base_url\": \"http://api\", \"n\": 3, \"items\": [1, 2], \"ctx\": \"shadowed\"}", "{\"seen\": 5}");
        ExtrasFixtures.step(execution, "fetch", "COMPLETED", "{\"rows\": [10, 20, 30]}");
        ExtrasFixtures.step(execution, "n", "COMPLETED", "\"step wins over workload\"");
        ExtrasFixtures.step(execution, "pending", "RUNNING", "{\"x\": 1}");
        return execution;
    }

    @Test
    void stringsRenderNativelyAgainstWorkloadCtxStepsAndIds() throws Exception {
        long execution = richExecution();
        Map<String, Object> template = new HashMap<>();
        template.put("items", "{{ workload.items }}");
        template.put("url", "{{ base_url }}/v1");
        template.put("rows", "{{ fetch.data.rows | length }}");
        template.put("list", List.of("{{ ctx.seen + 1 }}", 7, true, "plain"));
        template.put("ids", "{{ [execution_id == job.id, root_execution_id == execution_id, parent_execution_id] }}");
        template.put("n", "{{ n }}");
        template.put("ctx", "{{ ctx.seen }}");
        JsonPath r = render(Map.of("execution_id", execution, "template", template)).then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("status")).isEqualTo("ok");
        assertThat(r.getList("rendered.items")).containsExactly(1, 2);
        assertThat(r.getString("rendered.url")).isEqualTo("http://api/v1");
        assertThat(r.getInt("rendered.rows")).isEqualTo(3);
        assertThat(r.getList("rendered.list")).containsExactly(6, 7, true, "plain");
        assertThat(r.getList("rendered.ids")).containsExactly(true, true, null);
        assertThat(r.getString("rendered.n")).isEqualTo("step wins over workload");
        assertThat(r.getInt("rendered.ctx")).as("reserved names beat workload keys").isEqualTo(5);
        assertThat(r.getList("context_keys", String.class)).contains("workload", "ctx", "fetch", "base_url", "job", "execution_id")
                .doesNotContain("pending").isSorted();
    }

    @Test
    void anUndefinedNameIs422AtItsPointerWhenStrictAndNullOtherwise() throws Exception {
        long execution = richExecution();
        Map<String, Object> template = Map.of("a", List.of("fine", "{{ fetch.data.rowz }}"), "b/c", "{{ nowhere }}");
        Response strict = render(Map.of("execution_id", Long.toString(execution), "template", template));
        assertProblem(strict, 422, "validation_failed", PATH);
        assertThat(strict.jsonPath().getList("errors.path")).containsExactlyInAnyOrder("/template/a/1", "/template/b~1c");
        assertThat(strict.jsonPath().getList("errors.message", String.class))
                .anySatisfy(m -> assertThat(m).contains("undefined variable").contains("rowz"))
                .anySatisfy(m -> assertThat(m).contains("nowhere"));

        JsonPath lenient = render(Map.of("execution_id", execution, "template", template, "strict", false))
                .then().statusCode(200).extract().jsonPath();
        assertThat(lenient.getList("rendered.a")).containsExactly("fine", null);
        assertThat(lenient.getMap("rendered")).containsEntry("b/c", null);
        assertThat(render(Map.of("execution_id", execution, "template", "{{ nowhere | default('d') }}"))
                .jsonPath().getString("rendered")).isEqualTo("d");
    }

    @Test
    void aSyntaxErrorIs422EvenWhenNotStrict() throws Exception {
        long execution = richExecution();
        Response r = render(Map.of("execution_id", execution, "template", Map.of("x", "{% if %}"), "strict", false));
        assertProblem(r, 422, "validation_failed", PATH);
        assertThat(r.jsonPath().getList("errors.path")).containsExactly("/template/x");
        assertThat(r.jsonPath().getString("errors[0].message")).contains("syntax");
    }

    @Test
    void extraContextAddsNames() throws Exception {
        long execution = richExecution();
        JsonPath r = render(Map.of("execution_id", execution, "template", "hi {{ who }} of {{ n }}",
                "extra_context", Map.of("who", "you"))).then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("rendered")).isEqualTo("hi you of step wins over workload");
        assertThat(r.getList("context_keys")).contains("who");
    }

    @Test
    void unknownExecutionsAndBadBodiesAreRefused() {
        assertProblem(render(Map.of("execution_id", ExtrasFixtures.unknownId(), "template", "x")), 404, "not_found", PATH);
        Response missing = render(Map.of("execution_id", "abc"));
        assertProblem(missing, 422, "validation_failed", PATH);
        assertThat(missing.jsonPath().getList("errors.path")).containsExactlyInAnyOrder("/execution_id", "/template");
        assertProblem(render(Map.of("execution_id", 1, "template", "x", "strict", "yes")), 400, "bad_request", PATH);
        assertProblem(render(Map.of("execution_id", 1, "template", "x", "extra_context", List.of())), 400, "bad_request", PATH);
        assertProblem(given().contentType("application/json").body("[1]").post(PATH), 400, "bad_request", PATH);
    }
}
