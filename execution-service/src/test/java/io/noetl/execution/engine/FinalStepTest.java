package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.5: the final step runs once at quiescence with workflow.*, also after an unhandled failure. */
class FinalStepTest {

    private static final String PLAYBOOK = """
            executor: {spec: {final_step: report}}
            workflow:
              - {step: start, next: [left, right]}
              - {step: left, tool: {kind: python, code: "result = 1"}}
              - {step: right, tool: {kind: python, code: "result = 1"}}
              - step: report
                tool: {kind: noop, args: {status: "{{ workflow.status }}", failed: "{{ workflow.failed_steps }}",
                                          error: "{{ workflow.error }}"}}
            """;

    @Test
    void afterSuccessItRunsOnceAndItsResultIsTheExecutionResult() {
        Driver d = Driver.started(PLAYBOOK).ok("left", 1);
        assertThat(d.row("report").runCount).isZero();

        d.ok("right", 2);
        Map<String, Object> report = new HashMap<>(Map.of("status", "ok", "failed", List.of()));
        report.put("error", null);
        assertThat(d.row("report").runCount).isEqualTo(1);
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(report);
        assertThat(d.eventTypes()).endsWith("step.exit:right", "step.exit:report", "workflow.completed:workflow",
                "playbook.completed:tests/engine");
    }

    @Test
    void afterAnUnhandledFailureItWaitsForRunningWorkThenSeesTheError() {
        Driver d = Driver.started(PLAYBOOK).leased("left", 1).error("right", "sql");
        assertThat(d.row("report").runCount).isZero();
        assertThat(d.s.status).isEqualTo(RunState.RUNNING);

        d.ok("left", 1);
        assertThat(d.row("report").runCount).isEqualTo(1);
        assertThat(d.row("report").result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("status", "error").containsEntry("failed", List.of("right"))
                .containsEntry("error", Map.of("kind", "sql", "message", "right broke", "step", "right"));
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.s.failure).containsEntry("step", "right");
        assertThat(d.s.result).as("the final step ended ok").isEqualTo(d.row("report").result);
    }

    @Test
    void aFailedFinalStepFailsTheExecutionWithItsError() {
        Driver d = Driver.started("""
                executor: {spec: {final_step: report}}
                workflow:
                  - {step: work, tool: {kind: python, code: "result = 1"}}
                  - {step: report, tool: {kind: python, code: "result = 1"}}
                """).ok("work", 1);
        assertThat(d.issued()).containsExactly("work", "report");

        d.error("report", "python_exception");
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.s.failure).isEqualTo(Map.of("kind", "python_exception", "message", "report broke", "step", "report"));
        assertThat(d.row("report").runCount).isEqualTo(1);
        assertThat(d.issued()).containsExactly("work", "report");
        assertThat(d.eventTypes()).endsWith("step.exit:report", "workflow.failed:workflow", "playbook.failed:tests/engine");
    }
}
