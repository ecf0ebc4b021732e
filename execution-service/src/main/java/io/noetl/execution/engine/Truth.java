package io.noetl.execution.engine;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a rendered {@code when} holds. A single expression renders natively (usually a boolean); text is
 * true unless empty or one of the spellings of false that templates print, so {@code "{{ a }}"} with
 * {@code a = false} and {@code "False"} from upstream playbooks both mean false.
 */
final class Truth {

    private static final Set<String> FALSE = Set.of("", "false", "0", "none", "null", "no", "off");

    private Truth() {
    }

    static boolean of(Object value) {
        if (value == null) return false;
        if (value instanceof Boolean b) return b;
        if (value instanceof Number n) return n.doubleValue() != 0;
        if (value instanceof String s) return !FALSE.contains(s.trim().toLowerCase(Locale.ROOT));
        if (value instanceof Collection<?> c) return !c.isEmpty();
        if (value instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }
}
