package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §4.4: a join: all fires with its tokens consumed; tokens arriving while it runs wait for the next round. */
class JoinAllRoundsTest {

    @Test
    void tokensArrivingWhileTheJoinRunsWaitForTheNextRound() {
        Driver d = Driver.started("""
                workflow:
                  - step: p
                    tool: {kind: python, code: "result = 1"}
                    set: {ctx.n: "{{ (ctx.n | default(0)) + 1 }}"}
                    next: {spec: {mode: inclusive}, arcs: [{step: j}, {step: p, when: "{{ ctx.n < 2 }}"}]}
                  - {step: j, spec: {join: all}, tool: {kind: python, code: "result = 1"}}
                """).ok("p", "first");
        assertThat(d.issued()).containsExactly("p", "p", "j");
        assertThat(d.row("j").tokens).isEmpty();

        d.ok("p", "second");
        assertThat(d.row("j").tokens).containsExactly("p");
        assertThat(d.row("j").runCount).isEqualTo(1);
        assertThat(d.last().commands).isEmpty();

        d.ok("j", "round 1");
        assertThat(d.issued()).containsExactly("p", "p", "j", "j");
        assertThat(d.row("j").tokens).isEmpty();
        assertThat(d.row("j").runCount).isEqualTo(2);
        assertThat(d.s.status).isEqualTo(RunState.RUNNING);

        d.ok("j", "round 2");
        assertThat(d.s.status).isEqualTo(RunState.COMPLETED);
        assertThat(d.s.result).isEqualTo("round 2");
        assertThat(d.s.ctx).isEqualTo(Map.of("n", 2));
    }
}
