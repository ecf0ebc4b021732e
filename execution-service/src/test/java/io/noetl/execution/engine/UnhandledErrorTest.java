package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.3: an unhandled error issues nothing new, cancels queued work and ends FAILED once quiescent. */
class UnhandledErrorTest {

    private static final String PLAYBOOK = """
            workflow:
              - step: start
                next: [left, right]
              - {step: left, tool: {kind: python, code: "result = 1"}, next: after_left}
              - step: right
                tool: {kind: python, code: "result = 1"}
                next: {arcs: [{step: after_right, when: "{{ outcome.status == 'ok' }}"}]}
              - {step: after_left, tool: {kind: python, code: "result = 1"}}
              - {step: after_right, tool: {kind: python, code: "result = 1"}}
            """;

    @Test
    void aRunningBranchFinishesButRoutesNowhereAndTheExecutionFailsWhenItEnds() {
        Driver d = Driver.started(PLAYBOOK).leased("left", 1).error("right", "sql");

        assertThat(d.s.failure).isEqualTo(Map.of("kind", "sql", "message", "right broke", "step", "right"));
        assertThat(d.last().cancelOpenCommands).isTrue();
        assertThat(d.last().commands).isEmpty();
        assertThat(d.row("right").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("left").status).isEqualTo(StepRow.RUNNING);
        assertThat(d.s.status).isEqualTo(RunState.RUNNING);

        d.ok("left", "late");
        assertThat(d.issued()).containsExactly("left", "right");
        assertThat(d.row("left").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.row("after_left").runCount).isZero();
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.eventTypes()).containsExactly("step.exit:start", "step.exit:right", "step.exit:left",
                "workflow.failed:workflow", "playbook.failed:tests/engine");
        assertThat(d.events.get(3).meta()).containsEntry("error", d.s.failure);
    }

    @Test
    void aQueuedBranchIsCancelledAndTheExecutionFailsAtOnce() {
        Driver d = Driver.started(PLAYBOOK).error("right", "sql");

        assertThat(d.row("left").status).isEqualTo(StepRow.CANCELLED);
        assertThat(d.row("left").endedAt).isNotNull();
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.s.result).isNull();
        assertThat(d.last().cancelOpenCommands).isTrue();

        d.ok("left", "too late");
        assertThat(d.last().events).isEmpty();
        assertThat(d.row("left").status).isEqualTo(StepRow.CANCELLED);
    }
}
