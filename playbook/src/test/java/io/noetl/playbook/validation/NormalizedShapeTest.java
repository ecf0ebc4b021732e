package io.noetl.playbook.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The normalized document (the catalog's payload) has one shape whatever the author wrote: canonical
 * {@code next}, tools as named task lists, aliases folded, defaults written out, durations in seconds.
 */
class NormalizedShapeTest {

    @Test
    void nextShorthandBecomesOneExclusiveArcAndCanonicalNextGetsItsDefaults() {
        Map<String, Object> doc = normalized("valid/hello_world.yaml");

        assertThat(step(doc, 0).get("next")).isEqualTo(Map.of(
                "spec", Map.of("mode", "exclusive", "on_no_match", "complete"),
                "arcs", List.of(Map.of("step", "check"))));
        assertThat(step(doc, 1).get("next")).isEqualTo(Map.of(
                "spec", Map.of("mode", "exclusive", "on_no_match", "complete"),
                "arcs", List.of(Map.of("step", "long_greeting", "when", "{{ greet.length > 12 }}"),
                        Map.of("step", "short_greeting"))));
        assertThat(step(doc, 2)).doesNotContainKey("next");
    }

    @Test
    void listShorthandIsInclusiveAndOnNoMatchFollowsNoNextIsError() {
        Map<String, Object> doc = normalized("valid/shorthands_and_aliases.yaml");

        assertThat(step(doc, 0).get("next")).isEqualTo(Map.of(
                "spec", Map.of("mode", "inclusive", "on_no_match", "fail"),
                "arcs", List.of(Map.of("step", "fan_a"),
                        Map.of("step", "fan_b", "when", "{{ ids | length > 0 }}", "set", Map.of("ctx.started", true)))));
    }

    @Test
    void aSingleToolIsAOneTaskPipelineNamedAfterItsStep() {
        Map<String, Object> doc = normalized("valid/hello_world.yaml");

        Map<String, Object> tool = map(step(doc, 0).get("tool"));
        assertThat(tool.get("single")).isEqualTo(true);
        assertThat(tool.get("tasks")).asList().hasSize(1);
        Map<String, Object> task = map(((List<?>) tool.get("tasks")).get(0));
        assertThat(task).containsEntry("name", "greet").containsEntry("kind", "python")
                .containsEntry("args", Map.of("name", "{{ who }}")).containsKey("code");
        assertThat(step(doc, 1)).as("a routing step has no tool").doesNotContainKey("tool");
    }

    @Test
    void aPipelineKeepsItsTaskNamesAndDefaultsTheMissingOnes() {
        Map<String, Object> orders = normalized("valid/orders_pipeline.yaml");
        Map<String, Object> tool = map(step(orders, 0).get("tool"));
        List<?> tasks = (List<?>) tool.get("tasks");

        assertThat(tool.get("single")).isEqualTo(false);
        assertThat(tasks).extracting(t -> map(t).get("name")).containsExactly("download", "normalize");
        Map<String, Object> spec = map(map(tasks.get(0)).get("spec"));
        assertThat(spec.get("timeout")).as("http timeout: 5s moves to spec.timeout").isEqualTo(5);
        Map<?, ?> retry = map(map(((List<?>) map(spec.get("policy")).get("rules")).get(0)).get("then"));
        assertThat(retry.get("delay")).isEqualTo(0.2);
        assertThat(retry.get("max_delay")).isEqualTo(2);

        Map<String, Object> jumps = normalized("valid/pipeline_jumps.yaml");
        List<?> polling = (List<?>) map(step(jumps, 0).get("tool")).get("tasks");
        assertThat(polling).extracting(t -> map(t).get("name")).containsExactly("submit", "status", "task_2");
    }

    @Test
    void durationsBecomeSecondsAndStepDefaultsAreWrittenOut() {
        Map<String, Object> orders = normalized("valid/orders_pipeline.yaml");
        assertThat(step(orders, 1).get("spec")).isEqualTo(Map.of("timeout", 120, "join", "any"));
        assertThat(orders.get("executor")).isEqualTo(Map.of("spec",
                Map.of("entry_step", "fetch_order", "final_step", "report", "no_next_is_error", false)));

        Map<String, Object> users = normalized("valid/users_to_postgres.yaml");
        assertThat(map(step(users, 2).get("loop")).get("spec")).isEqualTo(Map.of("mode", "parallel",
                "max_in_flight", 4, "failure", Map.of("mode", "continue"), "collect", true));
    }

    @Test
    void aliasesAndUpstreamSpellingsAreFolded() {
        Map<String, Object> doc = normalized("valid/shorthands_and_aliases.yaml");

        Map<String, Object> metadata = map(doc.get("metadata"));
        assertThat(metadata).containsEntry("path", "shorthands").containsEntry("tags", List.of("nightly"))
                .containsEntry("labels", Map.of("team", "data", "tier", "1")).containsEntry("owner", "ops");
        assertThat(task(step(doc, 1), 0)).isEqualTo(Map.of("name", "fan_a", "kind", "workbook", "task", "ping",
                "args", Map.of("verbose", true)));
        assertThat(task(step(doc, 2), 0)).containsEntry("body", Map.of("id", "{{ item }}")).doesNotContainKey("payload");
        assertThat(step(doc, 2).get("spec")).isEqualTo(Map.of("timeout", 90, "join", "any",
                "policy", Map.of("lifecycle", Map.of("deadline_s", 3600))));
        assertThat(map(map(step(doc, 2).get("loop")).get("spec"))).containsEntry("max_in_flight", 10)
                .containsEntry("failure", Map.of("mode", "fail_fast"));
        assertThat(task(step(doc, 3), 0)).containsEntry("name", "task_0").containsEntry("credential", "pg_demo");
        assertThat(map(((List<?>) doc.get("workbook")).get(0)).get("tool")).isEqualTo(Map.of("kind", "http",
                "url", "{{ api }}/health", "spec", Map.of("timeout", 2)));
        assertThat((List<?>) doc.get("keychain")).extracting(k -> map(k).get("scope"))
                .containsExactly("local", "shared", "local");
        assertThat(map(((List<?>) doc.get("keychain")).get(2))).containsEntry("ttl", 1800);
    }

    @Test
    void theNormalizedDocumentIsReadOnly() {
        Map<String, Object> doc = normalized("valid/hello_world.yaml");

        assertThatThrownBy(() -> doc.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> step(doc, 0).put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static Map<String, Object> normalized(String fixture) {
        ValidationResult result = PlaybookFixtures.validate(fixture);
        assertThat(result.errors()).isEmpty();
        return result.normalized();
    }

    private static Map<String, Object> step(Map<String, Object> doc, int index) {
        return map(((List<?>) doc.get("workflow")).get(index));
    }

    private static Map<String, Object> task(Map<String, Object> step, int index) {
        return map(((List<?>) map(step.get("tool")).get("tasks")).get(index));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
