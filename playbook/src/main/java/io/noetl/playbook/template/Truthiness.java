package io.noetl.playbook.template;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a rendered condition holds ({@code when} of arcs, admission rules and task policies). A single
 * expression renders natively (usually a boolean); text is true unless empty or one of the spellings of false
 * that templates print, so {@code "{{ a }}"} with {@code a = false} and upstream's {@code "False"} mean false.
 */
public final class Truthiness {

    private static final Set<String> FALSE = Set.of("", "false", "0", "none", "null", "no", "off");

    private Truthiness() {
    }

    public static boolean of(Object value) {
        if (value == null) return false;
        if (value instanceof Boolean b) return b;
        if (value instanceof Number n) return n.doubleValue() != 0;
        if (value instanceof String s) return !FALSE.contains(s.trim().toLowerCase(Locale.ROOT));
        if (value instanceof Collection<?> c) return !c.isEmpty();
        if (value instanceof Map<?, ?> m) return !m.isEmpty();
        return true;
    }
}
