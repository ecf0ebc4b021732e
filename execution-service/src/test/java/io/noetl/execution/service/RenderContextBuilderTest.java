package io.noetl.execution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The base render context of dsl.md §5.2, built from plain values. */
class RenderContextBuilderTest {

    @Test
    void reservedNamesBeatStepsWhichBeatWorkloadKeys() {
        Map<String, Object> workload = new LinkedHashMap<>();
        workload.put("region", "eu");
        workload.put("fetch", "workload value");
        workload.put("execution_id", "spoofed");
        Map<String, Object> context = RenderContextBuilder.build(5, 7, null, 5, workload, Map.of("k", 1),
                Map.of("fetch", List.of(1, 2), "job", "a step may not take a reserved name"));
        assertThat(context).containsEntry("region", "eu").containsEntry("fetch", List.of(1, 2))
                .containsEntry("execution_id", "5").containsEntry("catalog_id", "7").containsEntry("root_execution_id", "5")
                .containsEntry("parent_execution_id", null).containsEntry("job", Map.of("id", "5"))
                .containsEntry("workload", workload).containsEntry("ctx", Map.of("k", 1));
    }

    @Test
    void aMapResultWithoutDataAlsoAnswersToDataAsUpstreamTemplatesExpect() {
        Map<String, Object> context = RenderContextBuilder.build(9, 7, 8L, 1, List.of("not a map"), null,
                Map.of("plain", Map.of("rows", 3), "wrapped", Map.of("data", "kept")));
        assertThat(context).containsEntry("wrapped", Map.of("data", "kept")).containsEntry("parent_execution_id", "8")
                .containsEntry("ctx", Map.of()).containsEntry("workload", List.of("not a map"));
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) context.get("plain");
        assertThat(plain).containsEntry("rows", 3).containsEntry("data", Map.of("rows", 3));
    }
}
