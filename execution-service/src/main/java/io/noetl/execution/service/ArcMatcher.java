package io.noetl.execution.service;

import io.noetl.playbook.model.Arc;
import java.util.List;
import java.util.Map;

/**
 * Which arc of a step an entry of `meta.arcs_fired` names. The orchestrator writes arc indexes; ids
 * ("from#index"), target step names and objects holding one of those ({index}, {id}, {to} or {step}) are
 * accepted too, so the graph stays right whichever form a writer uses. -1 when nothing matches.
 */
final class ArcMatcher {

    private ArcMatcher() {
    }

    static int index(Object fired, String from, List<Arc> arcs) {
        if (fired instanceof Number n) return inRange(n.intValue(), arcs);
        if (fired instanceof String text) return byText(text, from, arcs);
        if (fired instanceof Map<?, ?> m) {
            for (String key : List.of("index", "id", "to", "step")) {
                if (m.get(key) != null) return index(m.get(key), from, arcs);
            }
        }
        return -1;
    }

    private static int byText(String text, String from, List<Arc> arcs) {
        String own = from + "#";
        if (text.startsWith(own) && text.substring(own.length()).matches("[0-9]{1,9}")) {
            return inRange(Integer.parseInt(text.substring(own.length())), arcs);
        }
        for (int i = 0; i < arcs.size(); i++) {
            if (arcs.get(i).step().equals(text)) return i;
        }
        return -1;
    }

    private static int inRange(int index, List<Arc> arcs) {
        return index >= 0 && index < arcs.size() ? index : -1;
    }
}
