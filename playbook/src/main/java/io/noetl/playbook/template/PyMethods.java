package io.noetl.playbook.template;

import com.hubspot.jinjava.util.ForLoop;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The few Python methods playbook authors write in Jinja (dsl.md §5.1), implemented here instead of reached by
 * reflection: dict {@code items/keys/values/get}, str {@code lower/upper/strip/split/startswith/endswith/replace},
 * and the {@code for} loop's fields and {@code cycle}. Nothing here changes a value.
 */
final class PyMethods {

    private PyMethods() {
    }

    static Object call(Object base, String name, Object[] args) {
        if (base instanceof Map<?, ?> map) {
            switch (name) {
                case "items": return map.entrySet().stream().map(e -> Arrays.asList(e.getKey(), e.getValue())).toList();
                case "keys": return new ArrayList<>(map.keySet());
                case "values": return new ArrayList<>(map.values());
                case "get": return get(map, args);
                default: break;
            }
        } else if (base instanceof String text) {
            switch (name) {
                case "lower": return text.toLowerCase(java.util.Locale.ROOT);
                case "upper": return text.toUpperCase(java.util.Locale.ROOT);
                case "strip": return text.strip();
                case "split": return split(text, args);
                case "startswith": return text.startsWith(arg(args, 0));
                case "endswith": return text.endsWith(arg(args, 0));
                case "replace": return text.replace(arg(args, 0), arg(args, 1));
                default: break;
            }
        } else if (base instanceof ForLoop loop && name.equals("cycle")) {
            return args.length == 0 ? null : args[loop.getIndex0() % args.length];
        }
        throw new TemplateError("method '" + name + "' is not available on " + kind(base));
    }

    static Object loopField(ForLoop loop, String name) {
        switch (name) {
            case "index": return loop.getIndex();
            case "index0": return loop.getIndex0();
            case "revindex": return loop.getRevindex();
            case "revindex0": return loop.getRevindex0();
            case "first": return loop.isFirst();
            case "last": return loop.isLast();
            case "length": return loop.getLength();
            case "depth": return loop.getDepth();
            case "depth0": return loop.getDepth0();
            default: throw new Undefined(name);
        }
    }

    private static Object get(Map<?, ?> map, Object[] args) {
        String key = arg(args, 0);
        return map.containsKey(key) ? map.get(key) : args.length > 1 ? args[1] : null;
    }

    private static List<String> split(String text, Object[] args) {
        if (args.length == 0 || args[0] == null) {                 // Python: runs of whitespace, no empty items
            String trimmed = text.strip();
            return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
        }
        return List.of(text.split(java.util.regex.Pattern.quote(arg(args, 0)), -1));
    }

    private static String arg(Object[] args, int i) {
        if (args.length <= i || args[i] == null) {
            throw new TemplateError("missing argument " + (i + 1));
        }
        return String.valueOf(args[i]);
    }

    static String kind(Object value) {
        return value instanceof Map ? "a map" : value instanceof List ? "a list" : value instanceof String ? "a string"
                : value instanceof Number ? "a number" : value instanceof Boolean ? "a boolean" : "this value";
    }
}
