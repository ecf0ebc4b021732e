package io.noetl.playbook.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders playbook values with Jinja templates as dsl.md §5 specifies: strict undefined, native values for
 * single expressions, a data-only context, no template loading, and limits on time and size. One instance
 * serves all threads; each string value is rendered by its own interpreter.
 */
public final class TemplateEngine implements TemplateSyntax {

    private final StringRenderer renderer;
    private final SyntaxChecker syntax;

    public TemplateEngine() {
        this(TemplateLimits.defaults());
    }

    public TemplateEngine(TemplateLimits limits) {
        StrictJinjava jinjava = new StrictJinjava(limits);
        this.renderer = new StringRenderer(jinjava, limits);
        this.syntax = new SyntaxChecker(jinjava, limits);
    }

    /**
     * Renders a JSON-like value: strings are templates, map values and list items are rendered recursively, map
     * keys and other scalars are kept. A string that is one {@code {{ expression }}} yields the value with its
     * type (map, list, number, boolean, null); any other string yields text.
     *
     * @param context the render context (dsl.md §5.2); copied, so the template never sees or changes the original
     * @param where   where {@code value} sits, for messages, such as {@code step 'save' at tool}; the location
     *                inside {@code value} is appended ({@code step 'save' at tool.params[1]})
     * @throws TemplateError when any string fails to render
     */
    public Object render(Object value, Map<String, ?> context, String where) {
        Map<String, Object> data = ContextValues.copy(context);
        return renderValue(value, data, Objects.requireNonNullElse(where, ""));
    }

    /** Renders {@code template} as text, even when it is a single expression. */
    public String renderText(String template, Map<String, ?> context, String where) {
        Objects.requireNonNull(template, "template");
        try {
            return (String) renderer.render(template, ContextValues.copy(context), false);
        } catch (TemplateError error) {
            throw error.in(where);
        }
    }

    @Override
    public Optional<String> problem(String text) {
        return syntax.problem(text);
    }

    private Object renderValue(Object value, Map<String, Object> data, String where) {
        if (value instanceof String text) {
            try {
                return renderer.render(text, data, true);
            } catch (TemplateError error) {
                throw error.in(where);
            }
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> rendered = new LinkedHashMap<>();
            map.forEach((key, item) -> rendered.put(key, renderValue(item, data, where.isEmpty() ? String.valueOf(key) : where + "." + key)));
            return rendered;
        }
        if (value instanceof List<?> list) {
            List<Object> rendered = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                rendered.add(renderValue(list.get(i), data, where + "[" + i + "]"));
            }
            return rendered;
        }
        return value;
    }
}
