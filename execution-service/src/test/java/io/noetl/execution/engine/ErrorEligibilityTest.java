package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dsl.md §4.2 step 3, §4.3: on an error only arcs whose when mentions outcome, output or event are eligible. */
class ErrorEligibilityTest {

    private static final String PLAYBOOK = """
            workflow:
              - step: fetch
                tool: {kind: python, code: "result = 1"}
                next:
                  arcs:
                    - {step: next_one}
                    - {step: next_one, when: "{{ true }}"}
                    - {step: handler, when: "{{ 'outcome' == 'x' or outcome.status == 'error' }}"}
              - {step: next_one, tool: {kind: python, code: "result = 1"}}
              - {step: handler, tool: {kind: python, code: "result = 1"}}
            """;

    @Test
    void onlyTheArcReadingTheOutcomeHandlesTheErrorAndTheExecutionGoesOn() {
        Driver d = Driver.started(PLAYBOOK).error("fetch", "connection");

        assertThat(d.issued()).containsExactly("fetch", "handler");
        assertThat(d.stepExitMeta("fetch")).containsEntry("arcs_fired", List.of(2)).containsEntry("event_name", "call.error");
        assertThat(d.row("fetch").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("fetch").error).isEqualTo(Map.of("kind", "connection", "message", "fetch broke"));
        assertThat(d.s.failure).isNull();
        assertThat(d.last().cancelOpenCommands).isFalse();

        d.ok("handler", "recovered");
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo("recovered");
    }

    @Test
    void onSuccessTheUnconditionalArcIsTheFirstToMatch() {
        Driver d = Driver.started(PLAYBOOK).ok("fetch", 1);

        assertThat(d.issued()).containsExactly("fetch", "next_one");
        assertThat(d.stepExitMeta("fetch")).containsEntry("arcs_fired", List.of(0));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{{ outcome.status == 'error' }}|true", "{{ output.error.kind }}|true", "{{ event.name == 'call.error' }}|true",
        "{{ true }}|false", "{{ 'outcome' == 'x' }}|false", "{{ my_outcome }}|false", "{{ outcomes }}|false",
        "{{ ctx.event_count > 1 }}|false", "{{ \"event\" }}|false"})
    void anArcMentionsTheOutcomeOnlyAsAWholeWordOutsideLiterals(String when, boolean eligible) {
        assertThat(Boundary.readsOutcome(when)).isEqualTo(eligible);
    }
}
