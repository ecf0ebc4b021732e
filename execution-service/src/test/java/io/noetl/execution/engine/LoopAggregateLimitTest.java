package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §8: collected results over 16 MiB fail the loop with loop_result_too_large instead of being stored. */
class LoopAggregateLimitTest {

    @Test
    void anAggregateOverSixteenMebibytesFailsTheLoopWithoutItsResults() {
        String mebibyte = String.join("", Collections.nCopies(1024 * 1024, "x"));
        Driver d = Driver.of("""
                workflow:
                  - step: each
                    loop: {in: "{{ items }}", iterator: n}
                    tool: {kind: noop, args: {blob: "{{ big }}"}}
                """, Map.of("items", Collections.nCopies(17, 1), "big", mebibyte)).start();

        assertThat(d.row("each").status).isEqualTo(StepRow.FAILED);
        assertThat(d.row("each").error).containsEntry("kind", "loop_result_too_large");
        assertThat(d.s.status).isEqualTo(RunState.FAILED);
        assertThat(d.s.failure).containsEntry("kind", "loop_result_too_large");
    }

    @Test
    void aSmallAggregateStaysCollected() {
        Driver d = Driver.of("""
                workflow:
                  - step: each
                    loop: {in: "{{ items }}", iterator: n}
                    tool: {kind: noop, args: {n: "{{ n }}"}}
                """, Map.of("items", List.of(1, 2, 3))).start();

        assertThat(d.row("each").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
    }
}
