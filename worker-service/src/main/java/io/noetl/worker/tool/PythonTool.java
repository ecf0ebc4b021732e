package io.noetl.worker.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * dsl.md §6.4: each attempt runs in a fresh {@code python3 -I} process with an emptied environment and a
 * temporary HOME and working directory, deleted afterwards (see {@link PythonProcess}).
 */
public final class PythonTool implements Tool {

    /** dsl.md §6: 300 s unless the task sets {@code spec.timeout}. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(300);

    private final String configured;
    private volatile String executable;   // resolved on first use, see PythonInterpreter

    public PythonTool() {
        this("python3");
    }

    /** @param executable the interpreter, a name looked up on PATH or an absolute path */
    public PythonTool(String executable) {
        this.configured = executable;
    }

    @Override
    public String kind() {
        return "python";
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        if (!(fields.get("code") instanceof String code) || code.isBlank()) {
            return TaskResult.error("config", "python needs code", false);
        }
        Object args = fields.get("args") == null ? Map.of() : fields.get("args");
        if (!(args instanceof Map)) {
            return TaskResult.error("config", "python args must be a map", false);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("code", code);
        request.put("args", args);
        Instant deadline = Instant.now().plus(ctx.timeout().orElse(DEFAULT_TIMEOUT));
        Path dir = null;
        try {
            dir = Files.createTempDirectory("noetl-python-");
            return PythonProcess.run(interpreter(), dir, ToolJson.bytes(request), ctx, deadline);
        } catch (IOException e) {
            return TaskResult.error("config", "python could not start (" + configured + "): " + e.getMessage(), false);
        } catch (ToolFailure failure) {
            return failure.result();
        } finally {
            PythonProcess.deleteTree(dir);
        }
    }

    private String interpreter() {
        if (executable == null) {
            executable = PythonInterpreter.resolve(configured);   // racing first runs resolve twice: harmless
        }
        return executable;
    }
}
