package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** dsl.md §4.5: an execution makes at most stepRuns step runs; the next one is an unhandled run_limit failure. */
class RunLimitTest {

    private static final EngineLimits THREE_RUNS = new EngineLimits(3, 3, 1 << 20);

    @Test
    void anEndlessLoopBackStopsAtTheLimit() {
        Driver d = new Driver(Playbooks.of("""
                workflow:
                  - {step: a, tool: {kind: noop}, next: b}
                  - {step: b, tool: {kind: noop}, next: a}
                """), Map.of(), THREE_RUNS).start();

        assertThat(d.s.totalRuns()).isEqualTo(3);
        assertThat(d.row("a").runCount).isEqualTo(2);
        assertThat(d.row("b").runCount).isEqualTo(1);
        assertThat(d.s.failure).containsEntry("kind", "run_limit").containsEntry("step", "b");
        assertThat(String.valueOf(d.s.failure.get("message"))).contains("limit of 3 step runs");
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void theLimitReachedWithAFinalStepDeclaredStillEndsTheExecution() {
        Driver d = new Driver(Playbooks.of("""
                executor: {spec: {final_step: report}}
                workflow:
                  - {step: a, tool: {kind: noop}, next: b}
                  - {step: b, tool: {kind: noop}, next: a}
                  - {step: report, tool: {kind: noop, args: {status: "{{ workflow.status }}"}}}
                """), Map.of(), THREE_RUNS).start();

        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.s.failure).containsEntry("kind", "run_limit").containsEntry("step", "b");
        assertThat(d.row("report").runCount).as("the limit holds for the final step too").isZero();
        assertThat(d.s.totalRuns()).isEqualTo(3);
        assertThat(d.eventTypes()).endsWith("workflow.failed:workflow", "playbook.failed:tests/engine");
    }
}
