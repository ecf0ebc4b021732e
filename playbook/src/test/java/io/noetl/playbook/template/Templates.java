package io.noetl.playbook.template;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One engine with the default limits for all template tests (it is thread-safe), and small data builders. */
final class Templates {

    static final TemplateEngine ENGINE = new TemplateEngine();
    static final String WHERE = "step 'save' at tool.params[1]";

    private Templates() {
    }

    static Object render(String template, Map<String, ?> context) {
        return ENGINE.render(template, context, WHERE);
    }

    static TemplateError failure(String template, Map<String, ?> context) {
        return failure(ENGINE, template, context);
    }

    static TemplateError failure(TemplateEngine engine, String template, Map<String, ?> context) {
        TemplateError error = catchThrowableOfType(() -> engine.render(template, context, WHERE), TemplateError.class);
        if (error == null) {
            throw new AssertionError("expected '" + template + "' to fail");
        }
        return error;
    }

    /** A mutable map in insertion order, values may be null: {@code map("a", 1, "b", null)}. */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A mutable list, items may be null. */
    static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    /** The context most tests use: an upstream step result, a workload, a null and a boolean. */
    static Map<String, Object> context() {
        return map(
                "fetch", map("data", map("items", list(1, 2, 3), "total", 3, "next", null)),
                "workload", map("name", "demo", "retries", 2, "ratio", 0.5, "tags", list("a", "b")),
                "parent_execution_id", null,
                "enabled", true);
    }
}
