package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §5.3: set creates intermediate maps, fails below a non-map (set_conflict) and keeps ctx under its cap. */
class CtxWriteTest {

    @Test
    void nestedKeysCreateMapsAndStepSetAppliesOnlyOnOk() {
        Driver d = Driver.started("""
                workflow:
                  - step: a
                    tool: {kind: python, code: "result = 1"}
                    set: {ctx.run.a: "{{ a.v }}", ctx.run.seen: "{{ ctx.run is defined }}"}
                    next: {arcs: [{step: b, when: "{{ outcome.status == 'error' or ctx.run.a == 1 }}"}]}
                  - {step: b, tool: {kind: python, code: "result = 1"}, set: {ctx.b: done}, next: {arcs: [{step: a, when: "{{ outcome.status == 'ok' }}"}]}}
                """).ok("a", Map.of("v", 1));
        assertThat(d.s.ctx).isEqualTo(Map.of("run", Map.of("a", 1, "seen", false)));

        d.error("b", "sql");
        assertThat(d.s.ctx).as("no set on error").doesNotContainKey("b");
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    void writingBelowANonMapIsSetConflict() {
        Driver d = Driver.started("""
                workflow:
                  - {step: a, tool: {kind: noop}, set: {ctx.a: 1}, next: b}
                  - {step: b, tool: {kind: noop}, set: {ctx.a.b: 2}, next: c}
                  - {step: c, tool: {kind: noop}}
                """);

        assertThat(d.s.failure).containsEntry("kind", "set_conflict").containsEntry("step", "b");
        assertThat(String.valueOf(d.s.failure.get("message"))).contains("ctx.a.b", "not a map");
        assertThat(d.s.ctx).isEqualTo(Map.of("a", 1));
        assertThat(d.row("b").status).as("the run itself ended ok").isEqualTo(StepRow.COMPLETED);
        assertThat(d.row("c").runCount).isZero();
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    void aCtxOverItsCapIsCtxTooLargeAndNotWritten() {
        Driver d = new Driver(Playbooks.of("""
                workflow:
                  - {step: a, tool: {kind: noop}, set: {ctx.small: 1}, next: b}
                  - {step: b, tool: {kind: noop}, next: {arcs: [{step: c, set: {ctx.big: "{{ big }}"}}]}}
                  - {step: c, tool: {kind: noop}}
                """), Map.of("big", "x".repeat(100)), new EngineLimits(10_000, 3, 64)).start();

        assertThat(d.s.failure).containsEntry("kind", "ctx_too_large").containsEntry("step", "b");
        assertThat(String.valueOf(d.s.failure.get("message"))).contains("next.arcs[0].set", "64 bytes");
        assertThat(d.s.ctx).isEqualTo(Map.of("small", 1));
        assertThat(d.row("c").runCount).isZero();
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    void taskPolicyWritesFromTheWorkerLandAsValuesWhateverTheOutcome() {
        String yaml = """
                workflow:
                  - step: fetch
                    tool: [{name: call, kind: http, url: "http://x"}]
                    next: {arcs: [{step: after, when: "{{ outcome.status == 'error' or ctx.tries == 3 }}"}]}
                  - {step: after, tool: {kind: noop, args: {tries: "{{ ctx.tries }}", raw: "{{ ctx.raw }}"}}}
                """;
        Driver d = Driver.started(yaml).finishedWithCtx("fetch", Outcome.ok(null), Map.of("tries", 3, "raw", "{{ workload }}"));
        assertThat(d.s.ctx).isEqualTo(Map.of("tries", 3, "raw", "{{ workload }}"));
        assertThat(d.row("after").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);

        Driver failed = Driver.started(yaml).finishedWithCtx("fetch", Outcome.error("server_error", "503", true), Map.of("tries", 5));
        assertThat(failed.s.ctx).as("persisted with the result, even an error").isEqualTo(Map.of("tries", 5));
    }

    @Test
    void aWorkerWriteThatConflictsFailsTheRunWithSetConflict() {
        Driver d = Driver.started("""
                workflow:
                  - {step: a, tool: {kind: noop}, set: {ctx.a: 1}, next: b}
                  - {step: b, tool: [{name: t, kind: http, url: "http://x"}]}
                """).finishedWithCtx("b", Outcome.ok(null), Map.of("a.deeper", 2));
        assertThat(d.s.failure).containsEntry("kind", "set_conflict").containsEntry("step", "b");
        assertThat(d.s.ctx).isEqualTo(Map.of("a", 1));
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }
}
