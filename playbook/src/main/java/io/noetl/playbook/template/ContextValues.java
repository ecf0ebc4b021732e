package io.noetl.playbook.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Array;
import java.net.URI;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A private, plain copy of the caller's render context (dsl.md §5.1: only maps, lists, strings, numbers, booleans
 * and null, never Java objects). Copying also means no template can change the caller's data, and a value of a
 * well-known type (JSON tree, time, UUID, enum) becomes its plain form. Anything else is a caller bug and refused.
 */
final class ContextValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContextValues() {
    }

    static Map<String, Object> copy(Map<String, ?> context) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (context != null) {
            context.forEach((key, value) -> copy.put(key, plain(value, 1)));
        }
        return copy;
    }

    private static Object plain(Object value, int depth) {
        if (depth > NativeValues.MAX_DEPTH) {
            throw new IllegalArgumentException("template context nested deeper than " + NativeValues.MAX_DEPTH
                    + " levels (does it contain itself?)");
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number number) {
            return number instanceof Double || number instanceof Float ? number.doubleValue()
                    : Numbers.plain(number);             // non-finite doubles may come in; JSON just can't go out
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), plain(item, depth + 1)));
            return copy;
        }
        if (value instanceof JsonNode json) {                   // before Iterable: a JSON object iterates its values
            return plain(JSON.convertValue(json, Object.class), depth);
        }
        if (value instanceof Iterable<?> || value.getClass().isArray()) {
            List<Object> copy = new ArrayList<>();
            for (Object item : value instanceof Iterable<?> iterable ? iterable : arrayItems(value)) {
                copy.add(plain(item, depth + 1));
            }
            return copy;
        }
        if (value instanceof Optional<?> optional) {
            return plain(optional.orElse(null), depth);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof CharSequence || value instanceof Character || value instanceof UUID
                || value instanceof URI || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        throw new IllegalArgumentException("a template context holds only maps, lists, strings, numbers, booleans"
                + " and null, not " + value.getClass().getSimpleName());
    }

    private static List<Object> arrayItems(Object array) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < Array.getLength(array); i++) {
            items.add(Array.get(array, i));
        }
        return items;
    }
}
