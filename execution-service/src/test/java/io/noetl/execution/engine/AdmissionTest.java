package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.6: admission allows, or skips the run (no command, no set) and routing goes on with status skipped. */
class AdmissionTest {

    private static final String PLAYBOOK = """
            workflow:
              - step: gated
                spec:
                  policy:
                    admit:
                      rules:
                        - {when: "{{ explode and missing_var }}", then: {allow: true}}
                        - {when: "{{ go }}", then: {allow: true}}
                        - else: {then: {allow: false}}
                tool: {kind: python, code: "result = 1"}
                set: {ctx.ran: true}
                next:
                  arcs:
                    - {step: after_skip, when: "{{ outcome.status == 'skipped' }}"}
                    - {step: after_error, when: "{{ outcome.status == 'error' }}", set: {ctx.kind: "{{ outcome.error.kind }}"}}
                    - {step: after_run}
              - {step: after_skip, tool: {kind: noop, args: {skipped: true}}}
              - {step: after_error, tool: {kind: noop, args: {error: "{{ ctx.kind }}"}}}
              - {step: after_run, tool: {kind: noop}}
            """;

    @Test
    void anAllowedRunIsIssuedAsACommand() {
        Driver d = Driver.of(PLAYBOOK, Map.of("go", true, "explode", false)).start();

        assertThat(d.issued()).containsExactly("gated");
        assertThat(d.row("gated").status).isEqualTo(StepRow.RUNNING);
        d.ok("gated", 1);
        assertThat(d.s.ctx).isEqualTo(Map.of("ran", true));
        assertThat(d.row("after_run").runCount).isEqualTo(1);
    }

    @Test
    void aDeniedRunIsSkippedWithoutCommandOrSetAndRoutesOnSkipped() {
        Driver d = Driver.of(PLAYBOOK, Map.of("go", false, "explode", false)).start();

        assertThat(d.issued()).isEmpty();
        assertThat(d.row("gated").status).isEqualTo(StepRow.SKIPPED);
        assertThat(d.row("gated").runCount).isEqualTo(1);
        assertThat(d.row("gated").hasOkResult).isFalse();
        assertThat(d.s.ctx).isEmpty();
        assertThat(d.eventTypes()).startsWith("step.skipped:gated", "step.exit:gated", "step.exit:after_skip");
        assertThat(d.events.get(0).meta()).isEqualTo(Map.of("reason", "admission", "run", 1));
        assertThat(d.stepExitMeta("gated")).containsEntry("event_name", "step.skipped").containsEntry("arcs_fired", List.of(0));
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(Map.of("skipped", true));
    }

    @Test
    void aTemplateErrorInARuleIsTheRunsErrorOutcome() {
        Driver d = Driver.of(PLAYBOOK, Map.of("go", true, "explode", true)).start();

        assertThat(d.issued()).isEmpty();
        assertThat(d.row("gated").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("gated").error).containsEntry("kind", "template");
        assertThat(String.valueOf(d.row("gated").error.get("message"))).contains("missing_var", "admit rule 0");
        assertThat(d.stepExitMeta("gated")).containsEntry("event_name", "call.error").containsEntry("arcs_fired", List.of(1));
        assertThat(d.s.result).isEqualTo(Map.of("error", "template"));
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
    }
}
