package io.noetl.playbook.model;

import java.util.List;
import java.util.Map;

/**
 * Typed reads of a normalized document. Validation guarantees the shapes, so a mismatch here means the document
 * was not produced by it; that is a programming error and fails loudly.
 */
final class Maps {

    private Maps() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) cast(value, Map.class);
    }

    static List<?> list(Object value) {
        return value == null ? List.of() : cast(value, List.class);
    }

    static String text(Object value) {
        return value == null ? null : cast(value, String.class);
    }

    private static <T> T cast(Object value, Class<T> type) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("not a normalized playbook: expected " + type.getSimpleName()
                    + ", found " + value.getClass().getSimpleName());
        }
        return type.cast(value);
    }
}
