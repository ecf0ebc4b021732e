package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Output and result caps, and exits that bypass the bootstrap's reporting. */
class PythonToolLimitsTest {

    private final PythonTool python = new PythonTool();

    private TaskResult run(String code) {
        return python.run(Map.of("kind", "python", "code", code), Contexts.none());
    }

    @Test
    void stdoutIsKeptUpTo64KiB() {
        TaskResult result = run("for _ in range(2000):\n    print('x' * 99)\nresult = 'done'");

        assertThat(result.data()).isEqualTo("done");
        assertThat((String) result.py().get("stdout")).hasSizeLessThan(CappedOutput.CAP + 100).endsWith("[truncated at 64 KiB]");
    }

    @Test
    void aResultOver8MiBIsResultTooLarge() {
        assertThat(run("result = 'x' * (9 * 1024 * 1024)").error()).containsEntry("kind", "result_too_large");
    }

    @Test
    void sysExitIsReportedAsAnException() {
        TaskResult result = run("import sys\nsys.exit(3)");

        assertThat(result.error()).containsEntry("kind", "python_exception");
        assertThat(result.py()).containsEntry("exception_type", "SystemExit");
    }

    @Test
    void aHardExitWithoutResultIsAnExceptionNamingTheExitCode() {
        TaskResult result = run("import os\nprint('bye', flush=True)\nos._exit(7)");

        assertThat(result.error()).containsEntry("kind", "python_exception");
        assertThat((String) result.error().get("message")).contains("code 7");
        assertThat(result.py()).containsEntry("stdout", "bye\n");
    }
}
