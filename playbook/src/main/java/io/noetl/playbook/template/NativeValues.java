package io.noetl.playbook.template;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The native value of a single-expression template (dsl.md §5.1) as plain data: {@code LinkedHashMap} with text
 * keys, {@code ArrayList}, {@code String}, {@code Integer} or {@code Long} (whichever fits), {@code Double},
 * {@code BigDecimal} (exact decimals, such as Jinjava's {@code sum}), {@code Boolean} or null. Jinjava's wrappers never leave the engine. Elements and text count
 * against the output limit, so a native value is bounded like a printed one.
 */
final class NativeValues {

    static final int MAX_DEPTH = 200;

    private final TemplateLimits limits;
    private long spent;

    private NativeValues(TemplateLimits limits) {
        this.limits = limits;
    }

    static Object of(Object value, TemplateLimits limits) {
        return new NativeValues(limits).convert(value, 0);
    }

    private Object convert(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new TemplateError("value nested deeper than " + MAX_DEPTH + " levels");
        }
        spend(1);
        if (value == null || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return Numbers.plain(number);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), convert(item, depth + 1)));
            return copy;
        }
        if (value instanceof Map.Entry<?, ?> pair) {                   // from items(): a Python (key, value) pair
            return Arrays.asList(convert(pair.getKey(), depth + 1), convert(pair.getValue(), depth + 1));
        }
        if (value instanceof Iterable<?> || value.getClass().isArray()) {
            List<Object> copy = new ArrayList<>();
            items(value).forEach(item -> copy.add(convert(item, depth + 1)));
            return copy;
        }
        String text = value.toString();                                // strings, safe strings, dates
        spend(text.length());
        return text;
    }

    private static Iterable<?> items(Object value) {
        if (value instanceof Iterable<?> iterable) {
            return iterable;
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(value); i++) {
            items.add(Array.get(value, i));
        }
        return items;
    }

    private void spend(long units) {
        spent += units;
        if (spent > limits.maxOutputBytes()) {
            throw Failures.outputLimit(limits);
        }
    }
}
