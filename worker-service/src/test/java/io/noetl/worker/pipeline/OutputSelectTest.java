package io.noetl.worker.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.worker.tool.TaskResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** output.select (dsl.md §6): one path or {path, as} pairs replace an ok result; a missing path is an error. */
class OutputSelectTest {

    private static final Map<String, Object> RESPONSE = Map.of("status", 200,
            "data", Map.of("items", List.of(Map.of("id", 7), Map.of("id", 8)), "odd key", "x"));

    @Test
    void onePathReplacesTheResult() {
        TaskResult r = OutputSelect.apply(Map.of("select", "$.data.items[1].id"), TaskResult.ok(RESPONSE));
        assertThat(r.ok()).isTrue();
        assertThat(r.data()).isEqualTo(8);
        assertThat(OutputSelect.apply(Map.of("select", "data.items"), TaskResult.ok(RESPONSE)).data())
                .isEqualTo(RESPONSE.get("data") instanceof Map<?, ?> d ? d.get("items") : null);
        assertThat(OutputSelect.apply(Map.of("select", "$.data['odd key']"), TaskResult.ok(RESPONSE)).data()).isEqualTo("x");
        assertThat(OutputSelect.apply(Map.of("select", "$"), TaskResult.ok(RESPONSE)).data()).isEqualTo(RESPONSE);
    }

    @Test
    void pairsBuildAMapInTheirOrder() {
        TaskResult r = OutputSelect.apply(Map.of("select", List.of(Map.of("path", "$.status", "as", "code"),
                Map.of("path", "$.data.items[0].id", "as", "first"))), TaskResult.ok(RESPONSE));
        assertThat(r.data()).isEqualTo(Map.of("code", 200, "first", 7));
        assertThat(((Map<?, ?>) r.data()).keySet().stream().map(String::valueOf).toList()).containsExactly("code", "first");
    }

    @Test
    void aMissingPathIsANonRetryableErrorNamingWhereItStopped() {
        TaskResult r = OutputSelect.apply(Map.of("select", "$.data.items[5].id"), TaskResult.ok(RESPONSE));
        assertThat(r.ok()).isFalse();
        assertThat(r.error()).containsEntry("kind", "output_select").containsEntry("retryable", false);
        assertThat(String.valueOf(r.error().get("message"))).contains("$.data.items[5]");
        assertThat(r.data()).as("the unselected result stays visible to policies").isEqualTo(RESPONSE);
        assertThat(OutputSelect.apply(Map.of("select", "$.status.x"), TaskResult.ok(RESPONSE)).ok()).isFalse();
    }

    @Test
    void errorsAndToolsWithoutOutputAreLeftAlone() {
        TaskResult failed = TaskResult.error("client_error", "404", false).withData(RESPONSE);
        assertThat(OutputSelect.apply(Map.of("select", "$.status"), failed)).isSameAs(failed);
        TaskResult ok = TaskResult.ok(RESPONSE);
        assertThat(OutputSelect.apply(null, ok)).isSameAs(ok);
        assertThat(OutputSelect.apply(Map.of(), ok)).isSameAs(ok);
    }
}
