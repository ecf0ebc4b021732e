package io.noetl.worker.tool;

import java.util.List;
import java.util.Map;

/** Reading a task's rendered fields; a wrong field is a {@link ConfigProblem} the tool answers as kind {@code config}. */
public final class ToolFields {

    /** Default and ceiling of {@code max_rows} (dsl.md §6.3): a result stays far below the 8 MiB cap. */
    public static final int DEFAULT_MAX_ROWS = 1_000;
    public static final int MAX_MAX_ROWS = 10_000;

    private ToolFields() {
    }

    /** The one present field among {@code names} (synonyms or alternatives); none or several is a problem. */
    public static String exactlyOne(Map<String, Object> fields, String... names) {
        String found = null;
        for (String name : names) {
            if (fields.get(name) == null) continue;
            if (found != null) throw new ConfigProblem("only one of " + String.join(", ", names) + " may be given");
            found = name;
        }
        if (found == null) throw new ConfigProblem("one of " + String.join(", ", names) + " is required");
        return found;
    }

    public static String text(Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (v instanceof String s && !s.isBlank()) return s;
        throw new ConfigProblem(name + " must be a non-empty string");
    }

    public static int maxRows(Map<String, Object> fields) {
        Object v = fields.get("max_rows");
        if (v == null) return DEFAULT_MAX_ROWS;
        if (v instanceof Number n && n.doubleValue() == n.intValue() && n.intValue() >= 1 && n.intValue() <= MAX_MAX_ROWS) {
            return n.intValue();
        }
        throw new ConfigProblem("max_rows must be an integer from 1 to " + MAX_MAX_ROWS);
    }

    public static boolean flag(Map<String, Object> fields, String name, boolean dflt) {
        Object v = fields.getOrDefault(name, dflt);
        if (v instanceof Boolean b) return b;
        throw new ConfigProblem(name + " must be true or false");
    }

    public static List<?> list(Map<String, Object> fields, String name) {
        Object v = fields.get(name);
        if (v == null) return List.of();
        if (v instanceof List<?> l) return l;
        throw new ConfigProblem(name + " must be a list");
    }

    /** A task field that cannot work: answered as kind {@code config}, never retried. */
    public static final class ConfigProblem extends RuntimeException {
        public ConfigProblem(String message) {
            super(message, null, false, false);
        }

        public TaskResult result() {
            return TaskResult.error("config", getMessage(), false);
        }
    }
}
