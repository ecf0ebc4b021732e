package io.noetl.worker.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Finds the real interpreter behind a configured name once. {@code python3} on PATH is often a wrapper (pyenv
 * shims, for one) that adds its own variables to the environment the task would see and costs a shell per run;
 * asking the interpreter for {@code sys.executable} skips the wrapper.
 */
final class PythonInterpreter {

    private PythonInterpreter() {
    }

    /** The interpreter's own path, or {@code configured} unchanged when it cannot tell (the run then reports why). */
    static String resolve(String configured) {
        ProcessBuilder builder = new ProcessBuilder(configured, "-I", "-c", "import sys; print(sys.executable)")
                .redirectErrorStream(true);
        builder.environment().keySet().retainAll(java.util.Set.of("PATH", "LANG"));
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            boolean exited = process.waitFor(10, TimeUnit.SECONDS);
            return exited && process.exitValue() == 0 && !path.isEmpty() ? path : configured;
        } catch (IOException e) {
            return configured;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return configured;
        }
    }
}
