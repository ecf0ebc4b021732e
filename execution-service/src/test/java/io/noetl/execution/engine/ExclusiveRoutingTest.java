package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** dsl.md §4.1–4.2: exclusive mode fires the first true arc in YAML order; an arc without when is the fallback. */
class ExclusiveRoutingTest {

    private static final String PLAYBOOK = """
            workflow:
              - step: measure
                tool: {kind: python, code: "result = 1"}
                next:
                  spec: {mode: exclusive}
                  arcs:
                    - {step: hot, when: "{{ measure.t > 30 }}"}
                    - {step: warm, when: "{{ measure.t > 15 }}"}
                    - {step: cold}
              - {step: hot, tool: {kind: python, code: "result = 1"}}
              - {step: warm, tool: {kind: python, code: "result = 1"}}
              - {step: cold, tool: {kind: python, code: "result = 1"}}
            """;

    @ParameterizedTest
    @CsvSource({"40, hot, 0", "20, warm, 1", "5, cold, 2"})
    void theFirstTrueArcFiresAndNoOther(int t, String target, int arc) {
        Driver d = Driver.started(PLAYBOOK);
        assertThat(d.issued()).containsExactly("measure");
        assertThat(d.row("measure").status).isEqualTo(StepRow.RUNNING);

        d.ok("measure", Map.of("t", t));

        assertThat(d.issued()).containsExactly("measure", target);
        assertThat(d.stepExitMeta("measure")).containsEntry("arcs_fired", List.of(arc)).containsEntry("event_name", "call.done");
        assertThat(d.row("measure").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.row(target).status).isEqualTo(StepRow.RUNNING);
        assertThat(d.s.steps.values()).filteredOn(r -> r.runCount > 0).extracting(r -> r.name)
                .containsExactly("measure", target);
        assertThat(d.s.status).isEqualTo(RunState.RUNNING);
    }

    @ParameterizedTest
    @CsvSource({"40, hot", "5, cold"})
    void theExecutionCompletesWithTheResultOfTheLastStep(int t, String target) {
        Driver d = Driver.started(PLAYBOOK).ok("measure", Map.of("t", t)).ok(target, Map.of("done", target));

        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(Map.of("done", target));
        assertThat(d.eventTypes()).containsExactly("step.exit:measure", "step.exit:" + target,
                "workflow.completed:workflow", "playbook.completed:tests/engine");
        assertThat(d.row(target).runCount).isEqualTo(1);
    }
}
