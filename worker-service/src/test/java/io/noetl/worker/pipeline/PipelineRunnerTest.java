package io.noetl.worker.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.worker.tool.TaskResult;
import io.noetl.worker.tool.ToolContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** dsl.md §7: pipelines, _prev, task policies (continue, retry with backoff, jump, break, fail) and set. */
class PipelineRunnerTest {

    private final List<Duration> slept = new ArrayList<>();

    @SuppressWarnings("unchecked")
    private PipelineOutcome run(String tasksJson, ScriptedTool... tools) throws Exception {
        List<Object> tasks = new ObjectMapper().readValue(tasksJson, List.class);
        Map<String, Object> context = Map.of("step", "s", "tool", Map.of("single", false, "tasks", tasks),
                "render", Map.of("workload", Map.of(), "ctx", Map.of(), "base", "http://x"));
        PipelineRunner runner = new PipelineRunner(List.of(tools), new TemplateEngine(), slept::add);
        return runner.run(context, new ToolContext(Optional.empty(), () -> false, null));
    }

    @Test
    void tasksRunInOrderAndEachSeesThePreviousResult() throws Exception {
        ScriptedTool a = new ScriptedTool("a", TaskResult.ok(Map.of("n", 1)));
        ScriptedTool b = new ScriptedTool("b", TaskResult.ok(Map.of("n", 2)));
        PipelineOutcome o = run("""
                [{"name": "first", "kind": "a", "args": {"u": "{{ base }}/1"}, "url": "{{ args.u }}?x"},
                 {"name": "second", "kind": "b", "got": "{{ _prev.n }}", "named": "{{ first.n }}", "task": "{{ _task }}"}]""", a, b);
        assertThat(o.ok()).isTrue();
        assertThat(o.envelope().get("data")).isEqualTo(Map.of("n", 2));
        assertThat(a.calls.get(0)).containsEntry("url", "http://x/1?x");
        assertThat(b.calls.get(0)).containsEntry("got", 1).containsEntry("named", 1).containsEntry("task", "second");
    }

    @Test
    void retryWaitsWithExponentialBackoffThenFailsSayingSo() throws Exception {
        ScriptedTool a = new ScriptedTool("a", TaskResult.error("server_error", "boom", true));
        PipelineOutcome o = run("""
                [{"name": "t", "kind": "a", "spec": {"policy": {"rules": [{"when": "{{ outcome.error.retryable }}",
                  "then": {"do": "retry", "attempts": 3, "delay": 0.5, "backoff": "exponential"}}]}}}]""", a);
        assertThat(a.calls).hasSize(3);
        assertThat(slept).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(o.ok()).isFalse();
        assertThat((Map<String, Object>) o.envelope().get("error")).containsEntry("kind", "server_error")
                .containsEntry("task", "t").extractingByKey("message").asString().contains("gave up after 3 attempts");
        assertThat((Map<String, Object>) o.envelope().get("meta")).containsEntry("attempt", 3);
    }

    @Test
    void retryOnOkPollsUntilTheConditionChanges() throws Exception {
        ScriptedTool a = new ScriptedTool("a", TaskResult.ok(Map.of("state", "running")), TaskResult.ok(Map.of("state", "done")));
        PipelineOutcome o = run("""
                [{"name": "poll", "kind": "a", "spec": {"policy": {"rules": [{"when": "{{ outcome.data.state != 'done' }}",
                  "then": {"do": "retry", "attempts": 10, "delay": 0.1}}]}}}]""", a);
        assertThat(a.calls).hasSize(2);
        assertThat(o.envelope().get("data")).isEqualTo(Map.of("state", "done"));
    }

    @Test
    void jumpGoesBackWithTheResultAsPrevAndRestartsTheAttemptCount() throws Exception {
        ScriptedTool a = new ScriptedTool("a", TaskResult.ok(1), TaskResult.ok(2), TaskResult.ok(3));
        ScriptedTool b = new ScriptedTool("b", TaskResult.ok("checked"));
        PipelineOutcome o = run("""
                [{"name": "poll", "kind": "a", "seen": "{{ _prev }}"},
                 {"name": "check", "kind": "b", "spec": {"policy": {"rules": [{"when": "{{ _prev < 3 }}", "then": {"do": "jump", "to": "poll"}}]}}}]""", a, b);
        assertThat(a.calls).extracting(c -> c.get("seen")).containsExactly(null, "checked", "checked");
        assertThat(b.calls).hasSize(3);
        assertThat(o.envelope().get("data")).isEqualTo("checked");
    }

    @Test
    void breakEndsOkAndFailOnAnOkTaskIsAPolicyFailure() throws Exception {
        ScriptedTool a = new ScriptedTool("a", TaskResult.ok("early"));
        ScriptedTool b = new ScriptedTool("b", TaskResult.ok("never"));
        PipelineOutcome broke = run("""
                [{"name": "x", "kind": "a", "spec": {"policy": {"rules": [{"then": {"do": "break"}}]}}}, {"name": "y", "kind": "b"}]""", a, b);
        assertThat(broke.ok()).isTrue();
        assertThat(broke.envelope().get("data")).isEqualTo("early");
        assertThat(b.calls).isEmpty();

        PipelineOutcome failed = run("""
                [{"name": "x", "kind": "a", "spec": {"policy": {"rules": [{"else": {"then": {"do": "fail"}}}]}}}]""", a);
        assertThat((Map<String, Object>) failed.envelope().get("error")).containsEntry("kind", "policy_fail");
    }

    @Test
    void continueAfterAnErrorPassesItsDataOnAndSetWritesCtx() throws Exception {
        ScriptedTool a = new ScriptedTool("a", new TaskResult("error", Map.of("status", 404), TaskResult.error("client_error", "nf", false, "HTTP_404"), null, null, null));
        ScriptedTool b = new ScriptedTool("b", TaskResult.ok("fallback"));
        PipelineOutcome o = run("""
                [{"name": "x", "kind": "a", "spec": {"policy": {"rules": [{"when": "{{ outcome.error.code == 'HTTP_404' }}",
                  "then": {"do": "continue", "set": {"ctx.missing": true}}}]}}},
                 {"name": "y", "kind": "b", "status": "{{ _prev.status }}", "flag": "{{ ctx.missing }}"}]""", a, b);
        assertThat(o.ok()).isTrue();
        assertThat(b.calls.get(0)).containsEntry("status", 404).containsEntry("flag", true);
        assertThat(o.ctx()).containsEntry("missing", true);
    }

    @Test
    void aTemplateErrorIsTheAttemptsErrorAndAnUnknownKindIsConfig() throws Exception {
        ScriptedTool a = new ScriptedTool("a", TaskResult.ok(1));
        PipelineOutcome o = run("[{\"name\": \"x\", \"kind\": \"a\", \"url\": \"{{ nowhere.at_all }}\"}]", a);
        assertThat((Map<String, Object>) o.envelope().get("error")).containsEntry("kind", "template");
        assertThat(a.calls).isEmpty();
        PipelineOutcome unknown = run("[{\"name\": \"x\", \"kind\": \"teleport\"}]", a);
        assertThat((Map<String, Object>) unknown.envelope().get("error")).containsEntry("kind", "config");
    }
}
