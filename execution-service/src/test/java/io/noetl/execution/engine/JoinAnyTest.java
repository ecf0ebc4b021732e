package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.4 join: any: merge into an active run, drop after the run ended, re-issue on a loop-back. */
class JoinAnyTest {

    @Test
    void anArrivalWhileTheTargetRunsIsMergedAndItsSetApplied() {
        Driver d = Driver.started("""
                workflow:
                  - {step: start, next: [slow, quick]}
                  - {step: slow, tool: {kind: python, code: "result = 1"}}
                  - {step: quick, tool: {kind: noop}, next: {arcs: [{step: slow, set: {ctx.via_quick: true}}]}}
                """);

        assertThat(d.issued()).containsExactly("slow");
        assertThat(d.row("slow").runCount).isEqualTo(1);
        assertThat(d.s.ctx).containsEntry("via_quick", true);
        assertThat(d.events).extracting(Effects.NewEvent::type).doesNotContain("arc.dropped");
        d.ok("slow", "once");
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.row("slow").runCount).isEqualTo(1);
    }

    @Test
    void anArrivalAfterTheTargetEndedIsDropped() {
        Driver d = Driver.started("""
                workflow:
                  - {step: start, next: [quick, slow]}
                  - {step: quick, tool: {kind: noop, args: {v: 1}}}
                  - {step: slow, tool: {kind: python, code: "result = 1"}, next: quick}
                """).ok("slow", "late");

        assertThat(d.row("quick").runCount).isEqualTo(1);
        assertThat(d.events).filteredOn(e -> e.type().equals("arc.dropped")).singleElement()
                .satisfies(e -> {
                    assertThat(e.nodeName()).isEqualTo("quick");
                    assertThat(e.meta()).isEqualTo(Map.of("from", "slow", "reason", "already_ran"));
                });
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo("late");
    }

    @Test
    void aLoopBackArcReissuesTheStepUntilItsConditionStops() {
        Driver d = Driver.started("""
                workflow:
                  - {step: start, tool: {kind: noop}, set: {ctx.n: 0}, next: work}
                  - {step: work, tool: {kind: python, code: "result = 1"}, next: check}
                  - step: check
                    next: {arcs: [{step: work, when: "{{ ctx.n < 3 }}", set: {ctx.n: "{{ ctx.n + 1 }}"}}]}
                """);
        for (int run = 1; run <= 4; run++) {
            assertThat(d.row("work").runCount).isEqualTo(run);
            assertThat(d.row("work").status).isEqualTo(StepRow.RUNNING);
            d.ok("work", run);
        }

        assertThat(d.issued()).containsExactly("work", "work", "work", "work");
        assertThat(d.last().commands).isEmpty();
        assertThat(d.row("check").runCount).isEqualTo(4);
        assertThat(d.s.ctx).isEqualTo(Map.of("n", 3));
        assertThat(d.eventTypes()).endsWith("step.exit:work", "next.no_match:check", "step.exit:check",
                "workflow.completed:workflow", "playbook.completed:tests/engine");
        assertThat(d.s.result).as("check, a routing step, ended ok last").isNull();
    }
}
