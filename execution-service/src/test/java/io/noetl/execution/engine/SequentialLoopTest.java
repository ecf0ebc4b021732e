package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §8: a sequential loop hands out one iteration at a time, in order; arcs run once, at loop.done. */
class SequentialLoopTest {

    @Test
    void iterationsAreHeldAndReleasedOneByOneThenAggregatedInOrder() {
        Driver d = Driver.of("""
                workflow:
                  - step: each
                    loop: {in: "{{ items }}", iterator: item}
                    tool: {kind: python, args: {v: "{{ item }}"}, code: "result = v"}
                    next: {arcs: [{step: after, when: "{{ event.name == 'loop.done' and outcome.status == 'ok' }}"}]}
                  - {step: after, tool: {kind: noop, args: {n: "{{ each.stats.total }}"}}}
                """, Map.of("items", List.of("a", "b", "c"))).start();

        assertThat(d.issued()).containsExactly("each[0]", "each[1] held", "each[2] held");
        assertThat(d.commands).allSatisfy(c -> assertThat(c.pool()).isEqualTo("default"));
        assertThat(d.commands.get(1).context().get("render")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("item", "b").containsEntry("loop", Map.of("index", 1, "first", false, "last", false, "length", 3));
        assertThat(d.row("each").loopReleased).isEqualTo(1);

        d.iteration("each", 0, Outcome.ok("A"));
        assertThat(d.last().releases).containsExactly(new Effects.Release("each", 1, 1));
        d.iteration("each", 1, Outcome.ok("B"));
        assertThat(d.last().releases).containsExactly(new Effects.Release("each", 1, 1));
        assertThat(d.row("each").status).isEqualTo(StepRow.RUNNING);
        assertThat(d.events).isEmpty();

        d.iteration("each", 2, Outcome.ok("C"));
        assertThat(d.last().releases).isEmpty();
        Map<String, Object> aggregate = Map.of("results", List.of("A", "B", "C"), "errors", List.of(),
                "stats", Map.of("total", 3, "succeeded", 3, "failed", 0, "not_run", 0));
        assertThat(d.row("each").result).isEqualTo(aggregate);
        assertThat(d.eventTypes()).containsExactly("loop.done:each", "step.exit:each", "step.exit:after",
                "workflow.completed:workflow", "playbook.completed:tests/engine");
        assertThat(d.stepExitMeta("each")).containsEntry("event_name", "loop.done").containsEntry("arcs_fired", List.of(0));
        assertThat(d.s.result).isEqualTo(Map.of("n", 3));
    }

    @Test
    void anEmptyListEndsTheLoopAtOnceOk() {
        Driver d = Driver.of("""
                workflow:
                  - {step: each, loop: {in: "{{ items }}", iterator: item}, tool: {kind: python, code: "result = 1"}}
                """, Map.of("items", List.of())).start();

        assertThat(d.issued()).isEmpty();
        assertThat(d.row("each").status).isEqualTo(StepRow.COMPLETED);
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo(Map.of("results", List.of(), "errors", List.of(),
                "stats", Map.of("total", 0, "succeeded", 0, "failed", 0, "not_run", 0)));
        assertThat(d.eventTypes()).startsWith("loop.done:each", "step.exit:each");
    }
}
