package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dsl.md §4.5: when an ok outcome fires no arc, on_no_match decides: complete (event next.no_match), quiet, or
 * fail (unhandled, kind no_match). The default is fail under executor.spec.no_next_is_error, else complete; a
 * value on the step wins. Leaves end their branch normally either way.
 */
class NoMatchTest {

    @ParameterizedTest(name = "no_next_is_error={0}, on_no_match={1}")
    @CsvSource(nullValues = "-", value = {
        "false, -, COMPLETED, next.no_match",
        "true, -, FAILED, -",
        "true, complete, COMPLETED, next.no_match",
        "false, quiet, COMPLETED, -",
        "false, fail, FAILED, -"})
    void onNoMatchDecidesHowTheBranchEnds(boolean noNextIsError, String onNoMatch, String status, String event) {
        String spec = onNoMatch == null ? "" : "spec: {on_no_match: " + onNoMatch + "}, ";
        Driver d = Driver.started("executor: {spec: {no_next_is_error: " + noNextIsError + "}}\n" + """
                workflow:
                  - step: check
                    tool: {kind: noop}
                    next: {%sarcs: [{step: leaf, when: "{{ false }}"}]}
                  - {step: leaf, tool: {kind: noop}}
                """.formatted(spec));

        assertThat(d.s.status).isEqualTo(status);
        assertThat(d.row("check").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.row("leaf").runCount).isZero();
        assertThat(d.events).filteredOn(e -> e.type().equals("next.no_match")).extracting(e -> e.nodeName())
                .containsExactlyElementsOf(event == null ? List.of() : List.of("check"));
        if ("FAILED".equals(status)) {
            assertThat(d.s.failure).containsEntry("kind", "no_match").containsEntry("step", "check");
        } else {
            assertThat(d.s.failure).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void aLeafEndsItsBranchNormally(boolean noNextIsError) {
        Driver d = Driver.started("executor: {spec: {no_next_is_error: " + noNextIsError + "}}\n" + """
                workflow:
                  - {step: only, tool: {kind: noop, args: {v: 1}}}
                """);

        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(Map.of("v", 1));
        assertThat(d.eventTypes()).containsExactly("step.exit:only", "workflow.completed:workflow",
                "playbook.completed:tests/engine");
    }
}
