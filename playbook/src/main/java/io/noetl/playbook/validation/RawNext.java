package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A step's {@code next} read as arcs whatever form it was written in (dsl.md §4.1), each with the path of what
 * the author wrote, so graph rules and the normalizer share one reading and point findings at the shorthand.
 * Reading is tolerant: items that are not arcs (wrong type, legacy {@code then}/{@code else}) are left out and
 * {@link NextRules} reports them.
 *
 * @param inclusive whether every matching arc fires (list shorthand, or {@code spec.mode: inclusive})
 * @param spec      the canonical form's {@code spec} mapping, empty for shorthands
 */
record RawNext(boolean inclusive, Map<String, Object> spec, List<Arc> arcs) {

    /**
     * One arc as written.
     *
     * @param target     the target step name, null when not text
     * @param targetPath where the target name is written ({@code /next}, {@code /next/1}, {@code /next/arcs/0/step})
     * @param path       the arc item itself (the same as {@code targetPath} for a bare name)
     * @param fields     the arc mapping; empty for a bare name
     */
    record Arc(String target, String targetPath, String path, Map<String, Object> fields) {

        boolean unconditional() {
            return fields.get("when") == null;
        }
    }

    static final RawNext NONE = new RawNext(false, Map.of(), List.of());

    static RawNext of(Object next, String path) {
        if (next instanceof String target) {
            return new RawNext(false, Map.of(), List.of(new Arc(target, path, path, Map.of())));
        }
        if (next instanceof List<?> items) {
            return new RawNext(true, Map.of(), arcs(items, path, true));
        }
        if (next instanceof Map<?, ?> canonical) {
            Map<String, Object> spec = canonical.get("spec") instanceof Map<?, ?> s ? Index.mapOf(s) : Map.of();
            String arcsPath = JsonPointer.append(path, "arcs");
            return new RawNext("inclusive".equals(spec.get("mode")), spec,
                    arcs(Index.listAt(canonical.get("arcs")), arcsPath, false));
        }
        return NONE;
    }

    /** Bare names are arcs only in the list shorthand; {@code arcs:} items must be mappings. */
    private static List<Arc> arcs(List<?> items, String path, boolean namesAllowed) {
        List<Arc> arcs = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = JsonPointer.append(path, i);
            Object item = items.get(i);
            if (item instanceof String target && namesAllowed) {
                arcs.add(new Arc(target, itemPath, itemPath, Map.of()));
            } else if (item instanceof Map<?, ?> arc && !arc.containsKey("then") && !arc.containsKey("else")) {
                String target = arc.get("step") instanceof String s ? s : null;
                arcs.add(new Arc(target, JsonPointer.append(itemPath, "step"), itemPath, Index.mapOf(arc)));
            }
        }
        return arcs;
    }
}
