package io.noetl.playbook.validation;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Type checks of field values that report {@code invalid_value}. Each returns the value when it has the right
 * type and null otherwise; an absent (null) value is not reported, required fields are checked by their rule.
 */
final class Types {

    private Types() {
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        } else if (value instanceof Map) {
            return "a mapping";
        } else if (value instanceof List) {
            return "a list";
        } else if (value instanceof Boolean) {
            return "a boolean";
        } else if (value instanceof Number) {
            return "a number";
        }
        return "text";
    }

    static boolean isInteger(Object value) {
        return value instanceof Integer || value instanceof Long;
    }

    static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Number || value instanceof Boolean;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Findings f, Object value, String path, String what) {
        return (Map<String, Object>) expect(f, value, Map.class, path, what + " must be a mapping");
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Findings f, Object value, String path, String what) {
        return (List<Object>) expect(f, value, List.class, path, what + " must be a list");
    }

    /** A list item that must be a mapping: unlike an absent field, a null item is reported. */
    static Map<String, Object> mapItem(Findings f, Object value, String path, String what) {
        return map(f, nullReported(f, value, path, what + " must be a mapping"), path, what);
    }

    /** A list item that must be text; a null item is reported. */
    static String textItem(Findings f, Object value, String path, String what) {
        return text(f, nullReported(f, value, path, what + " must be text"), path, what);
    }

    static String text(Findings f, Object value, String path, String what) {
        return (String) expect(f, value, String.class, path, what + " must be text");
    }

    static Boolean bool(Findings f, Object value, String path, String what) {
        return (Boolean) expect(f, value, Boolean.class, path, what + " must be true or false");
    }

    /** An integer in {@code [min, max]}. */
    static Long integer(Findings f, Object value, String path, String what, long min, long max) {
        if (value == null) {
            return null;
        }
        long number = isInteger(value) ? ((Number) value).longValue() : Long.MIN_VALUE;
        if (!isInteger(value) || number < min || number > max) {
            f.error(Codes.INVALID_VALUE, path, what + " must be an integer from " + min + " to " + max
                    + ", not " + shown(value));
            return null;
        }
        return number;
    }

    /** Text among {@code allowed}. */
    static String oneOf(Findings f, Object value, String path, String what, Collection<String> allowed) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || !allowed.contains(text)) {
            f.error(Codes.INVALID_VALUE, path, what + " must be one of " + String.join(", ", allowed)
                    + ", not " + shown(value));
            return null;
        }
        return text;
    }

    /** The value quoted for a message when it is a short scalar, else its type. */
    static String shown(Object value) {
        if (isScalar(value) && String.valueOf(value).length() <= 60) {
            return "'" + value + "'";
        }
        return describe(value);
    }

    private static Object nullReported(Findings f, Object value, String path, String message) {
        if (value == null) {
            f.error(Codes.INVALID_VALUE, path, message + ", not null");
        }
        return value;
    }

    private static Object expect(Findings f, Object value, Class<?> type, String path, String message) {
        if (value == null || type.isInstance(value)) {
            return value;
        }
        f.error(Codes.INVALID_VALUE, path, message + ", not " + describe(value));
        return null;
    }
}
