package io.noetl.execution.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one step run at its boundary (dsl.md §4.2): status {@code ok}, {@code error} or {@code skipped},
 * the run's data, the error {@code {kind, message, retryable, code, task}} and the tool details the worker reported
 * ({@code http}, {@code pg}, {@code py}, {@code meta}). {@link #envelope()} always has the full shape, so templates
 * may read {@code outcome.error.retryable} on success.
 */
public record Outcome(String status, Object data, Map<String, Object> error, Map<String, Object> details) {

    public static final String OK = "ok";
    public static final String ERROR = "error";
    public static final String SKIPPED = "skipped";

    public static Outcome ok(Object data) {
        return new Outcome(OK, data, null, Map.of());
    }

    public static Outcome skipped() {
        return new Outcome(SKIPPED, null, null, Map.of());
    }

    public static Outcome error(String kind, String message, boolean retryable) {
        return new Outcome(ERROR, null, errorMap(kind, message, retryable), Map.of());
    }

    public static Map<String, Object> errorMap(String kind, String message, boolean retryable) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", kind);
        e.put("message", message);
        e.put("retryable", retryable);
        e.put("code", null);
        e.put("task", null);
        return e;
    }

    public boolean isOk() {
        return OK.equals(status);
    }

    public boolean isError() {
        return ERROR.equals(status);
    }

    public Outcome withData(Object newData) {
        return new Outcome(status, newData, error, details);
    }

    /** {@code {kind, message}} for step_state.error and execution.error; null unless an error. */
    public Map<String, Object> errorSummary() {
        if (!isError()) return null;
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", error == null ? "error" : error.get("kind"));
        e.put("message", error == null ? null : error.get("message"));
        return e;
    }

    public Map<String, Object> envelope() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status);
        out.put("data", data);
        Map<String, Object> err = errorMap(null, null, false);
        if (error != null) err.putAll(error);
        out.put("error", err);
        for (String k : new String[] {"http", "pg", "py", "meta"}) out.put(k, details.getOrDefault(k, null));
        return out;
    }
}
