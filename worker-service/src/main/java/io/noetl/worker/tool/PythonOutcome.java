package io.noetl.worker.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the bootstrap's result file into a TaskResult whose {@code py} always carries stdout and stderr. */
final class PythonOutcome {

    static final long RESULT_CAP = 8L * 1024 * 1024;

    private PythonOutcome() {
    }

    static TaskResult read(Path file, String stopped, int exitCode, String stdout, String stderr) throws IOException {
        Map<String, Object> py = new LinkedHashMap<>();
        py.put("exception_type", null);
        py.put("traceback", null);
        py.put("stdout", stdout);
        py.put("stderr", stderr);
        if (stopped != null) {   // a timeout is the task's own doing: retrying it would most likely time out again
            String message = "timeout".equals(stopped) ? "python ran past its timeout and was killed" : "python cancelled";
            return TaskResult.error(stopped, message, false).withPy(py);
        }
        if (!Files.exists(file)) {
            return TaskResult.error("python_exception", "python exited with code " + exitCode
                    + " before reporting a result", false).withPy(py);
        }
        if (Files.size(file) > RESULT_CAP) {
            return TaskResult.error("result_too_large", "the python result is larger than 8 MiB", false).withPy(py);
        }
        Map<?, ?> outcome = (Map<?, ?>) ToolJson.read(Files.readAllBytes(file));
        if ("ok".equals(outcome.get("status"))) {
            return TaskResult.ok(outcome.get("result")).withPy(py);
        }
        py.put("exception_type", outcome.get("exception_type"));
        py.put("traceback", cap((String) outcome.get("traceback")));
        String kind = String.valueOf(outcome.get("kind"));
        String message = outcome.get("exception_type") == null ? String.valueOf(outcome.get("message"))
                : outcome.get("exception_type") + ": " + outcome.get("message");
        return TaskResult.error(kind, message, false).withPy(py);
    }

    private static String cap(String text) {
        return text == null || text.length() <= CappedOutput.CAP ? text : text.substring(0, CappedOutput.CAP) + "\n…[truncated]";
    }
}
