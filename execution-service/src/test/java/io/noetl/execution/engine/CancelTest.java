package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** api.md §4.1, dsl.md §4.5: cancel makes the execution CANCELLED at once; the final step never runs. */
class CancelTest {

    private static final String PLAYBOOK = """
            executor: {spec: {final_step: report}}
            workflow:
              - {step: start, next: [left, right]}
              - {step: left, tool: {kind: python, code: "result = 1"}, next: after}
              - {step: right, tool: {kind: python, code: "result = 1"}}
              - {step: after, tool: {kind: python, code: "result = 1"}}
              - {step: report, tool: {kind: noop}}
            """;

    @Test
    void cancelEndsEveryActiveRunAndCancelsOpenCommands() {
        Driver d = Driver.started(PLAYBOOK).leased("left", 1).cancel("operator said so");

        assertThat(d.s.status).isEqualTo(RunState.CANCELLED);
        assertThat(d.s.cancelRequested).isTrue();
        assertThat(d.s.failure).isEqualTo(Map.of("kind", "cancelled", "message", "operator said so"));
        assertThat(d.last().cancelOpenCommands).isTrue();
        assertThat(d.last().commands).isEmpty();
        assertThat(d.row("left").status).isEqualTo(StepRow.CANCELLED);
        assertThat(d.row("right").status).isEqualTo(StepRow.CANCELLED);
        assertThat(d.row("report").runCount).isZero();
        assertThat(d.last().events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("execution.cancelled");
            assertThat(e.nodeName()).isEqualTo("workflow");
            assertThat(e.status()).isEqualTo("CANCELLED");
            assertThat(e.error()).isEqualTo("operator said so");
            assertThat(e.meta()).isEqualTo(Map.of("reason", "operator said so"));
        });
    }

    @Test
    void aLateReportAndASecondCancelChangeNothing() {
        Driver d = Driver.started(PLAYBOOK).leased("left", 1).cancel("first").ok("left", 1);
        assertThat(d.last().events).isEmpty();
        assertThat(d.row("after").runCount).isZero();

        d.cancel("second");
        assertThat(d.last().events).isEmpty();
        assertThat(d.last().cancelOpenCommands).isFalse();
        assertThat(d.s.failure).containsEntry("message", "first");
        assertThat(d.s.status).isEqualTo(RunState.CANCELLED);
    }
}
