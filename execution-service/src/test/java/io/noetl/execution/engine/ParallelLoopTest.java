package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §8: parallel loops keep max_in_flight iterations out; failure mode continue or fail_fast. */
class ParallelLoopTest {

    private static Driver loop(String failure) {
        return Driver.of("""
                workflow:
                  - step: each
                    loop: {in: "{{ items }}", iterator: item, spec: {mode: parallel, max_in_flight: 2, failure: {mode: %s}}}
                    tool: {kind: python, code: "result = 1"}
                """.formatted(failure), Map.of("items", List.of(10, 11, 12, 13, 14))).start();
    }

    @Test
    void atMostMaxInFlightIterationsAreOutAndResultsKeepIterationOrder() {
        Driver d = loop("continue");
        assertThat(d.issued()).containsExactly("each[0]", "each[1]", "each[2] held", "each[3] held", "each[4] held");

        d.iteration("each", 1, Outcome.ok("r1"));
        assertThat(d.last().releases).containsExactly(new Effects.Release("each", 1, 1));
        d.iteration("each", 0, Outcome.error("timeout", "slow", false));
        assertThat(d.last().releases).as("continue mode goes on after a failure").containsExactly(new Effects.Release("each", 1, 1));
        d.iteration("each", 3, Outcome.ok("r3"));
        assertThat(d.last().releases).containsExactly(new Effects.Release("each", 1, 1));
        assertThat(d.row("each").loopReleased).isEqualTo(5);
        d.iteration("each", 4, Outcome.ok("r4"));
        assertThat(d.last().releases).isEmpty();
        d.iteration("each", 2, Outcome.ok("r2"));

        assertThat(d.row("each").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("each").error).isEqualTo(Map.of("kind", "loop_failed", "message", "1 of 5 iterations failed"));
        assertThat(d.events.get(0).result()).isEqualTo(Map.of("results", Arrays.asList(null, "r1", "r2", "r3", "r4"),
                "errors", List.of(Map.of("index", 0, "kind", "timeout", "message", "slow")),
                "stats", Map.of("total", 5, "succeeded", 4, "failed", 1, "not_run", 0)));
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.s.failure).containsEntry("kind", "loop_failed").containsEntry("step", "each");
    }

    @Test
    void failFastCancelsTheHeldIterationsAndCountsThemNotRun() {
        Driver d = loop("fail_fast");

        d.iteration("each", 0, Outcome.error("sql", "bad row", false));
        assertThat(d.last().releases).isEmpty();
        assertThat(d.last().cancelHeld).containsExactly(new Effects.CancelHeld("each", 1));
        assertThat(d.row("each").status).isEqualTo(StepRow.RUNNING);

        d.iteration("each", 1, Outcome.ok("r1"));
        assertThat(d.row("each").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("each").result).as("a failed run publishes no result").isNull();
        assertThat(d.events.get(0).type()).isEqualTo("loop.done");
        assertThat(d.events.get(0).result()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("results", Arrays.asList(null, "r1", null, null, null))
                .containsEntry("stats", Map.of("total", 5, "succeeded", 1, "failed", 1, "not_run", 3));
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }
}
