package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dsl.md §4.5: without a final step the result is that of the last run, in completion order, that ended ok. */
class ExecutionResultTest {

    private static final String PLAYBOOK = """
            workflow:
              - {step: start, next: [left, right, broken]}
              - {step: left, tool: {kind: python, code: "result = 1"}}
              - {step: right, tool: {kind: python, code: "result = 1"}}
              - step: broken
                tool: {kind: python, code: "result = 1"}
                next: {arcs: [{step: right, when: "{{ outcome.status == 'ok' }}"}]}
            """;

    @ParameterizedTest
    @CsvSource({"left, right", "right, left"})
    void aFailedExecutionKeepsTheResultOfItsLastOkRun(String first, String second) {
        Driver d = Driver.started(PLAYBOOK).ok(first, first).ok(second, second);
        assertThat(d.s.status).isEqualTo(RunState.RUNNING);

        d.error("broken", "sql");

        assertThat(d.s.status).as("the error is unhandled: its only arc is false").isEqualTo(RunState.FAILED);
        assertThat(d.s.failure).containsEntry("step", "broken");
        assertThat(d.s.result).isEqualTo(second);
    }

    @ParameterizedTest
    @CsvSource({"left, right", "right, left"})
    void theResultFollowsCompletionOrderNotYamlOrder(String first, String second) {
        Driver d = Driver.started(PLAYBOOK).ok("broken", "b").ok(first, first);
        assertThat(d.row("right").runCount).isEqualTo(1);
        d.ok(second, second);

        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(second);
    }
}
