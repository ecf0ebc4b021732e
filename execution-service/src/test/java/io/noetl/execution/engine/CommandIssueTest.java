package io.noetl.execution.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The commands a run issues: worker pool, or the orchestrator's for sub-playbooks (dsl.md §9); workbook calls resolved (§6.6). */
class CommandIssueTest {

    @Test
    void aWorkbookCallBecomesTheTaskItNamesWithTheCallersArgsOnTop() {
        Driver d = Driver.started("""
                workload: {api: "http://stub"}
                workbook:
                  - {name: ping, tool: {kind: http, url: "{{ api }}/health", args: {verbose: false, tries: 1}}}
                workflow:
                  - {step: check, tool: {kind: workbook, task: ping, args: {verbose: true}}, spec: {timeout: 90s}, next: child}
                  - {step: child, tool: {kind: playbook, path: examples/hello_world, args: {who: Ada}}}
                """);

        assertThat(d.commands).singleElement().satisfies(c -> {
            assertThat(c.toolKind()).isEqualTo("workbook");
            assertThat(c.pool()).isEqualTo("default");
            assertThat(c.maxAttempts()).isEqualTo(3);
            assertThat(c.run()).isEqualTo(1);
            assertThat(c.loopIndex()).isNull();
            assertThat(c.context()).containsEntry("step", "check").containsEntry("timeout", 90.0);
            assertThat(c.context().get("tool")).asInstanceOf(MAP).extracting("tasks").asInstanceOf(LIST).singleElement()
                    .asInstanceOf(MAP).containsEntry("kind", "http").containsEntry("workbook_task", "ping")
                    .containsEntry("url", "{{ api }}/health").containsEntry("args", Map.of("verbose", true, "tries", 1));
        });
    }

    @Test
    void aSubPlaybookIsACommandOfTheOrchestratorPool() {
        Driver d = Driver.started("""
                workflow:
                  - {step: child, tool: {kind: playbook, path: examples/hello_world, args: {who: Ada}}}
                """);

        assertThat(d.commands).singleElement().satisfies(c -> {
            assertThat(c.toolKind()).isEqualTo("playbook");
            assertThat(c.pool()).isEqualTo(Effects.ORCHESTRATOR_POOL);
            assertThat(c.held()).isFalse();
        });
        assertThat(d.row("child").status).isEqualTo(StepRow.RUNNING);
        assertThat(d.events).isEmpty();
    }
}
