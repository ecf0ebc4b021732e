package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dsl.md §4.5–4.6: a final step whose admission denies it is SKIPPED, which is neither ok nor failed; only an
 * unhandled failure or a failed final step make the execution FAILED. The result is then the last ok run's.
 * (Reading: "final step absent or ok" → COMPLETED is taken to include a skipped final step.)
 */
class FinalStepSkippedTest {

    @ParameterizedTest
    @CsvSource({"ok, COMPLETED", "error, FAILED"})
    void aFinalStepThatReportsOnlyFailuresIsSkippedOnSuccess(String work, String status) {
        Driver d = Driver.started("""
                executor: {spec: {final_step: report}}
                workflow:
                  - {step: work, tool: {kind: python, code: "result = 1"}}
                  - step: report
                    spec: {policy: {admit: {rules: [{when: "{{ workflow.status == 'error' }}", then: {allow: true}},
                                                   {else: {then: {allow: false}}}]}}}
                    tool: {kind: noop, args: {reported: true}}
                """);
        d = "ok".equals(work) ? d.ok("work", "done") : d.error("work", "sql");

        assertThat(d.row("report").status).isEqualTo("ok".equals(work) ? StepRow.SKIPPED : StepRow.COMPLETED);
        assertThat(d.row("report").runCount).isEqualTo(1);
        assertThat(d.s.status).isEqualTo(status);
        if ("ok".equals(work)) {
            assertThat(d.s.failure).isNull();
            assertThat(d.s.result).isEqualTo("done");
            assertThat(d.eventTypes()).endsWith("step.skipped:report", "step.exit:report", "workflow.completed:workflow",
                    "playbook.completed:tests/engine");
        } else {
            assertThat(d.s.failure).isEqualTo(Map.of("kind", "sql", "message", "work broke", "step", "work"));
            assertThat(d.s.result).isEqualTo(Map.of("reported", true));
        }
    }
}
