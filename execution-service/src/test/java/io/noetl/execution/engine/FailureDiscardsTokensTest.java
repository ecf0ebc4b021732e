package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.3: an unhandled failure discards join tokens, so the join never fires; a handled one does not. */
class FailureDiscardsTokensTest {

    private static final String PLAYBOOK = """
            executor: {spec: {final_step: report}}
            workflow:
              - {step: start, next: [p, q]}
              - {step: p, tool: {kind: python, code: "result = 1"}, next: j}
              - step: q
                tool: {kind: python, code: "result = 1"}
                next: {arcs: [{step: j, when: "{{ outcome.status == 'ok' or outcome.error.retryable }}"}]}
              - {step: j, spec: {join: all}, tool: {kind: noop, args: {joined: true}}}
              - {step: report, tool: {kind: noop, args: {failed: "{{ workflow.failed_steps }}", status: "{{ workflow.status }}"}}}
            """;

    @Test
    void anUnhandledFailureClearsTheTokensAndTheJoinNeverRuns() {
        Driver d = Driver.started(PLAYBOOK).ok("p", 1);
        assertThat(d.row("j").tokens).containsExactly("p");

        d.error("q", "sql");
        assertThat(d.row("j").tokens).isEmpty();
        assertThat(d.row("j").dirty).isTrue();
        assertThat(d.row("j").runCount).isZero();
        assertThat(d.row("report").result).isEqualTo(Map.of("failed", List.of("q"), "status", "error"));
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    void aHandledFailureDeliversItsTokenAndTheExecutionCompletes() {
        Driver d = Driver.started(PLAYBOOK).ok("p", 1)
                .finished("q", new Outcome(Outcome.ERROR, null, Outcome.errorMap("connection", "reset", true), Map.of()));

        assertThat(d.row("q").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("j").runCount).isEqualTo(1);
        assertThat(d.row("report").result).isEqualTo(Map.of("failed", List.of("q"), "status", "ok"));
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.eventTypes()).containsSubsequence("step.exit:q", "step.exit:j", "step.exit:report", "workflow.completed:workflow");
    }
}
