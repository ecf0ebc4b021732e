package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.4 join: all, on the branch_and_join example of §12.3: wait only for live inputs, fire once. */
class JoinAllTest {

    private static Driver measured(double celsius) {
        Driver d = new Driver(Playbooks.example("branch_and_join.yaml"), Map.of("temperature_c", celsius), Driver.LIMITS);
        return d.start().ok("measure", Map.of("celsius", celsius, "hot", celsius >= 25.0));
    }

    @Test
    void at31DegreesSummaryWaitsForAlertAndLogReadingOnly() {
        Driver d = measured(31.0);

        assertThat(d.issued()).containsExactly("measure", "alert");
        assertThat(d.row("log_reading").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.row("summary").tokens).containsExactly("log_reading");
        assertThat(d.row("summary").runCount).isZero();
        assertThat(d.row("open_windows").runCount).isZero();
        assertThat(d.s.ctx).isEqualTo(Map.of("logged_c", 31.0));

        d.ok("alert", Map.of("sent", true));
        assertThat(d.issued()).containsExactly("measure", "alert", "summary");
        assertThat(d.row("summary").tokens).isEmpty();
        assertThat(d.row("summary").runCount).isEqualTo(1);
        assertThat(d.last().commands).singleElement().satisfies(c -> assertThat(c.context().get("render"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("alert", Map.of("sent", true, "data", Map.of("sent", true))));

        d.ok("summary", Map.of("hot", true, "alerted", true, "logged_c", 31.0));
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(Map.of("hot", true, "alerted", true, "logged_c", 31.0));
        assertThat(d.row("summary").runCount).isEqualTo(1);
    }

    @Test
    void at10DegreesSummaryFiresRightAfterCold() {
        Driver d = measured(10.0);

        assertThat(d.issued()).containsExactly("measure", "summary");
        assertThat(d.s.steps.values()).filteredOn(r -> r.runCount > 0).extracting(r -> r.name)
                .containsExactly("measure", "cold", "summary");
        assertThat(d.eventTypes()).containsExactly("step.exit:measure", "step.exit:cold");
    }

    @Test
    void at40DegreesSummaryAlsoWaitsForOpenWindowsWhichRanInline() {
        Driver d = measured(40.0);

        assertThat(d.row("summary").tokens).containsExactly("log_reading", "open_windows");
        d.ok("alert", Map.of("sent", true));
        assertThat(d.row("summary").tokens).isEmpty();
        assertThat(d.issued()).containsExactly("measure", "alert", "summary");
    }

    @Test
    void joinsWaitingOnEachOtherFireFirstInYamlOrder() {
        Driver d = Driver.started("""
                workflow:
                  - {step: start, next: [p, q]}
                  - {step: p, tool: {kind: python, code: "result = 1"}, next: j1}
                  - {step: q, tool: {kind: python, code: "result = 1"}, next: j2}
                  - {step: j1, spec: {join: all}, tool: {kind: noop, args: {j: 1}}, next: j2}
                  - {step: j2, spec: {join: all}, tool: {kind: noop, args: {j: 2}}, next: {arcs: [{step: j1, when: "{{ false }}"}]}}
                """).ok("p", 1);
        assertThat(d.row("j1").tokens).containsExactly("p");
        assertThat(d.row("j1").runCount).isZero();

        d.ok("q", 2);
        assertThat(d.eventTypes()).containsSubsequence("step.exit:q", "step.exit:j1", "step.exit:j2", "workflow.completed:workflow");
        assertThat(List.of(d.row("j1").runCount, d.row("j2").runCount)).containsExactly(1, 1);
        assertThat(d.row("j2").tokens).isEmpty();
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
    }
}
