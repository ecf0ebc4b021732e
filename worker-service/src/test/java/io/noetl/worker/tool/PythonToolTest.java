package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results, main() calls and failures of the python tool, on the real python3 (dsl.md §6.4). */
class PythonToolTest {

    private final PythonTool python = new PythonTool();

    private TaskResult run(String code, Map<String, Object> args) {
        return python.run(Map.of("kind", "python", "code", code, "args", args), Contexts.none());
    }

    @Test
    void withoutMainTheGlobalResultIsTheResult_argsBeingGlobals() {
        TaskResult result = run("result = {'sum': a + b}", Map.of("a", 2, "b", 3));

        assertThat(result.ok()).isTrue();
        assertThat(result.data()).isEqualTo(Map.of("sum", 5));
        assertThat(run("x = 1", Map.of()).data()).isNull();
    }

    @Test
    void mainWithKwargsReceivesEveryArg() {
        TaskResult result = run("def main(**kw):\n    return sorted(kw)", Map.of("a", 1, "b", 2, "c", 3));

        assertThat(result.data()).isEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void mainReceivesOnlyTheArgsItsSignatureNames() {
        TaskResult result = run("def main(a, b):\n    return [a, b]", Map.of("a", 1, "b", 2, "unused", 3));

        assertThat(result.data()).isEqualTo(List.of(1, 2));
    }

    @Test
    void printIsHarmlessAndEndsUpInPyStdout() {
        TaskResult result = run("print('hello'); import sys; print('oops', file=sys.stderr); result = 7", Map.of());

        assertThat(result.data()).isEqualTo(7);
        assertThat(result.py()).containsEntry("stdout", "hello\n").containsEntry("stderr", "oops\n");
    }

    @Test
    void anExceptionGivesItsTypeTracebackAndOutput() {
        TaskResult result = run("print('before')\ndef main():\n    raise KeyError('gone')", Map.of());

        assertThat(result.error()).containsEntry("kind", "python_exception").containsEntry("retryable", false);
        assertThat((String) result.error().get("message")).contains("KeyError");
        assertThat(result.py()).containsEntry("exception_type", "KeyError").containsEntry("stdout", "before\n");
        assertThat((String) result.py().get("traceback")).contains("<task>", "line 3", "raise KeyError('gone')")
                .doesNotContain("bootstrap");
    }

    @Test
    void datesDecimalsTuplesAndSetsBecomeJson() {
        String code = "import datetime, decimal\nresult = [datetime.date(2024, 2, 29), decimal.Decimal('1.5'),"
                + " decimal.Decimal('2'), (1, 2), {3}]";

        assertThat(run(code, Map.of()).data()).isEqualTo(List.of("2024-02-29", 1.5, 2, List.of(1, 2), List.of(3)));
    }

    @Test
    void aResultThatIsNotJsonIsAPythonResultError() {
        TaskResult result = run("result = object()", Map.of());

        assertThat(result.error()).containsEntry("kind", "python_result");
        assertThat((String) result.error().get("message")).contains("object");
    }

    @Test
    void missingCodeOrAMissingInterpreterIsAConfigError() {
        assertThat(python.run(Map.of("kind", "python"), Contexts.none()).error()).containsEntry("kind", "config");
        assertThat(new PythonTool("/nonexistent/python3").run(Map.of("code", "result = 1"), Contexts.none()).error())
                .containsEntry("kind", "config");
    }
}
