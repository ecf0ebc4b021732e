package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.1–4.2: inclusive mode fires every matching arc; fired arcs' sets apply in YAML order on one snapshot. */
class InclusiveRoutingTest {

    @Test
    void everyTrueArcFiresInYamlOrder() {
        Driver d = Driver.started("""
                workflow:
                  - step: start
                    tool: {kind: python, code: "result = 1"}
                    next:
                      spec: {mode: inclusive}
                      arcs: [{step: b}, {step: c, when: "{{ start.go_c }}"}, {step: d, when: "{{ start.go_d }}"}]
                  - {step: b, tool: {kind: python, code: "result = 1"}}
                  - {step: c, tool: {kind: python, code: "result = 1"}}
                  - {step: d, tool: {kind: python, code: "result = 1"}}
                """).ok("start", Map.of("go_c", false, "go_d", true));

        assertThat(d.issued()).containsExactly("start", "b", "d");
        assertThat(d.stepExitMeta("start")).containsEntry("arcs_fired", List.of(0, 2));
        assertThat(d.row("c").runCount).isZero();
        assertThat(d.row("c").status).isEqualTo(StepRow.PENDING);
    }

    @Test
    void arcSetsApplyInYamlOrderAgainstOneSnapshot() {
        Driver d = Driver.started("""
                workflow:
                  - step: start
                    tool: {kind: noop}
                    set: {ctx.n: 1}
                    next:
                      spec: {mode: inclusive}
                      arcs:
                        - {step: b, set: {ctx.order: first, ctx.n: "{{ ctx.n + 10 }}", ctx.x: 1}}
                        - {step: b, when: "{{ false }}", set: {ctx.never: true}}
                        - {step: c, set: {ctx.order: second, ctx.seen_n: "{{ ctx.n }}", ctx.seen_x: "{{ ctx.x | default('unset') }}"}}
                  - {step: b, tool: {kind: python, code: "result = 1"}}
                  - {step: c, tool: {kind: python, code: "result = 1"}}
                """);

        assertThat(d.s.ctx).containsExactly(Map.entry("n", 11), Map.entry("order", "second"), Map.entry("x", 1),
                Map.entry("seen_n", 1), Map.entry("seen_x", "unset"));
        assertThat(d.issued()).containsExactly("b", "c");
        assertThat(d.s.executionDirty).isTrue();
    }
}
