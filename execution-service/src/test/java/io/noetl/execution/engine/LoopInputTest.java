package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dsl.md §8, §5.1: in must render a list (loop_input), a template error in it is the run's error outcome, and a
 * collected loop takes at most 10,000 items (loop_result_too_large).
 */
class LoopInputTest {

    private static Driver loop(Object items, boolean collect) {
        return Driver.of("""
                workflow:
                  - step: each
                    loop: {in: "{{ items }}", iterator: item, spec: {mode: parallel, max_in_flight: 3, collect: %s}}
                    tool: {kind: python, code: "result = 1"}
                """.formatted(collect), Map.of("items", items)).start();
    }

    @ParameterizedTest
    @CsvSource({"5, integer", "text, text"})
    void aValueThatIsNotAListFailsTheRunWithLoopInput(String items, String described) {
        Driver d = loop(items.equals("5") ? 5 : items, true);

        assertThat(d.issued()).isEmpty();
        assertThat(d.row("each").status).isEqualTo(StepRow.FAILED);
        assertThat(d.s.failure).containsEntry("kind", "loop_input").containsEntry("step", "each");
        assertThat(String.valueOf(d.s.failure.get("message"))).endsWith("must give a list, not " + described);
        assertThat(d.eventTypes()).startsWith("loop.done:each", "step.exit:each");
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    void aCollectedLoopOverTenThousandItemsIsRefusedAtStart() {
        Driver d = loop(Collections.nCopies(10_001, 1), true);

        assertThat(d.issued()).isEmpty();
        assertThat(d.s.failure).containsEntry("kind", "loop_result_too_large");
        assertThat(String.valueOf(d.s.failure.get("message"))).contains("10001 items", "collect: false");
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
    }

    @Test
    void withoutCollectTheSameLoopStarts() {
        Driver d = loop(Collections.nCopies(10_001, 1), false);

        assertThat(d.commands).hasSize(10_001).filteredOn(c -> !c.held()).extracting(c -> c.loopIndex()).containsExactly(0, 1, 2);
        assertThat(d.row("each").loopTotal).isEqualTo(10_001);
        assertThat(d.row("each").loopMaxInFlight).isEqualTo(3);
        assertThat(d.s.status).isEqualTo(RunState.RUNNING);
    }

    @Test
    void exactlyTenThousandCollectedItemsAreAllowed() {
        Driver d = loop(Collections.nCopies(10_000, List.of()), true);

        assertThat(d.commands).hasSize(10_000);
        assertThat(d.s.failure).isNull();
    }

    @Test
    void aTemplateErrorInInIsTheRunsErrorOutcome() {
        Driver d = Driver.started("""
                workflow:
                  - step: each
                    loop: {in: "{{ missing.items }}", iterator: item}
                    tool: {kind: python, code: "result = 1"}
                    next: {arcs: [{step: handled, when: "{{ outcome.error.kind == 'template' }}"}]}
                  - {step: handled, tool: {kind: noop}}
                """);

        assertThat(d.row("each").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("handled").runCount).isEqualTo(1);
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
    }
}
