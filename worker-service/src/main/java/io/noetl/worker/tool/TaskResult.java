package io.noetl.worker.tool;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one task attempt produced (dsl.md §4.2 outcome envelope, minus {@code meta}, which the pipeline adds):
 * {@code ok} with its data, or {@code error} with {@code {kind, message, retryable, code}}; {@code http},
 * {@code pg} and {@code py} hold the tool's details ({@code {status, headers}}, {@code {sqlstate}},
 * {@code {exception_type, traceback, stdout, stderr}}) or null.
 */
public record TaskResult(String status, Object data, Map<String, Object> error, Map<String, Object> http,
        Map<String, Object> pg, Map<String, Object> py) {

    public static TaskResult ok(Object data) {
        return new TaskResult("ok", data, null, null, null, null);
    }

    public static TaskResult error(String kind, String message, boolean retryable) {
        return new TaskResult("error", null, error(kind, message, retryable, null), null, null, null);
    }

    public static Map<String, Object> error(String kind, String message, boolean retryable, String code) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", kind);
        e.put("message", message);
        e.put("retryable", retryable);
        e.put("code", code);
        return e;
    }

    public boolean ok() {
        return "ok".equals(status);
    }

    public TaskResult withHttp(Map<String, Object> details) {
        return new TaskResult(status, data, error, details, pg, py);
    }

    public TaskResult withPg(Map<String, Object> details) {
        return new TaskResult(status, data, error, http, details, py);
    }

    public TaskResult withPy(Map<String, Object> details) {
        return new TaskResult(status, data, error, http, pg, details);
    }

    public TaskResult withData(Object newData) {
        return new TaskResult(status, newData, error, http, pg, py);
    }
}
