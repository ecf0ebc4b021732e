package io.noetl.execution.service;

import io.noetl.platform.error.FieldError;
import io.noetl.platform.error.Invalid;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.template.TemplateError;
import io.noetl.playbook.yaml.JsonPointer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders every string of a JSON template with the playbook engine, and turns failures into one 422 listing each
 * failing string by its JSON Pointer in the request body. Blocking (each string may take up to the engine's time
 * limit): callers run it on a worker thread.
 *
 * <p>The engine is strict only. {@code strict=false} is approximated per string: a string whose only problem is
 * an undefined name renders as null as a whole (the engine cannot print undefined as empty text inside a larger
 * string). Syntax errors and limits stay errors either way.
 */
final class ContextRenderer {

    /** Where the template sits in the request body, the root of every error path. */
    static final String ROOT = "/template";
    /** Failing strings reported at most; the walk stops there, so a hostile template cannot make it long. */
    static final int MAX_ERRORS = 100;
    /** The engine's message for a missing name (its TemplateError carries no kind finer than "template"). */
    private static final String UNDEFINED = "undefined variable '";

    private final TemplateEngine engine;

    ContextRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    Object render(Object template, Map<String, Object> context, boolean strict) {
        if (strict) {
            try {
                return engine.render(template, context, "");     // one context copy for the whole template
            } catch (TemplateError located) {
                // Rendered again string by string, which names every failing string by a pointer.
            }
        }
        List<FieldError> errors = new ArrayList<>();
        Object rendered = walk(template, context, ROOT, strict, errors);
        if (!errors.isEmpty()) throw new Invalid("The template cannot be rendered; every failing string is listed.", errors);
        return rendered;
    }

    private Object walk(Object value, Map<String, Object> context, String pointer, boolean strict, List<FieldError> errors) {
        if (errors.size() >= MAX_ERRORS) return null;
        if (value instanceof String text) return renderString(text, context, pointer, strict, errors);
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> rendered = new LinkedHashMap<>();
            map.forEach((key, item) -> rendered.put(key,
                    walk(item, context, JsonPointer.append(pointer, String.valueOf(key)), strict, errors)));
            return rendered;
        }
        if (value instanceof List<?> list) {
            List<Object> rendered = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) rendered.add(walk(list.get(i), context, JsonPointer.append(pointer, i), strict, errors));
            return rendered;
        }
        return value;
    }

    private Object renderString(String text, Map<String, Object> context, String pointer, boolean strict, List<FieldError> errors) {
        // The engine's own rule for plain text; skipping it here saves a context copy per plain string.
        if (!text.contains("{{") && !text.contains("{%") && !text.contains("{#")) return text;
        try {
            return engine.render(text, context, "");
        } catch (TemplateError error) {
            if (strict || !error.getMessage().startsWith(UNDEFINED)) errors.add(FieldError.of(pointer, error.getMessage()));
            return null;
        }
    }
}
