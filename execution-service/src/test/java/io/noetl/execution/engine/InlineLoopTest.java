package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §6.1, §8: a noop loop runs inline in one pass and aggregates in iteration order; collect: false omits results. */
class InlineLoopTest {

    private static Driver loop(String collect) {
        return Driver.of("""
                workflow:
                  - step: each
                    loop: {in: "{{ items }}", iterator: n, spec: {collect: %s}}
                    tool: {kind: noop, args: {double: "{{ n * 2 }}", index: "{{ loop.index }}", last: "{{ loop.last }}"}}
                    set: {ctx.total: "{{ each.stats.total }}"}
                """.formatted(collect), Map.of("items", List.of(5, 6, 7))).start();
    }

    @Test
    void iterationsRunInlineAndAggregateInOrder() {
        Driver d = loop("true");

        assertThat(d.issued()).isEmpty();
        assertThat(d.row("each").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.row("each").loopDone).isEqualTo(3);
        assertThat(d.s.result).isEqualTo(Map.of(
                "results", List.of(Map.of("double", 10, "index", 0, "last", false),
                        Map.of("double", 12, "index", 1, "last", false), Map.of("double", 14, "index", 2, "last", true)),
                "errors", List.of(), "stats", Map.of("total", 3, "succeeded", 3, "failed", 0, "not_run", 0)));
        assertThat(d.s.ctx).isEqualTo(Map.of("total", 3));
        assertThat(d.eventTypes()).containsExactly("loop.done:each", "step.exit:each", "workflow.completed:workflow",
                "playbook.completed:tests/engine");
    }

    @Test
    void collectFalseOmitsTheResults() {
        Driver d = loop("false");

        assertThat(d.s.result).isEqualTo(Map.of("errors", List.of(),
                "stats", Map.of("total", 3, "succeeded", 3, "failed", 0, "not_run", 0)));
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
    }
}
