package io.noetl.playbook.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites a valid document into its canonical form, the catalog's {@code payload}, so that services never
 * deal with shorthands, aliases or defaults. Only documents without errors are normalized: every shape here was
 * checked before. The form, top down (durations are numbers of seconds throughout):
 * <pre>
 * apiVersion, kind: Playbook
 * metadata:  {name, path (default: name), version?, description?, labels: {k: text}, tags: [text], …others}
 * executor:  {spec: {entry_step (default: first step), final_step?, no_next_is_error}}
 * workload:  {…}
 * keychain:  [{name, kind, scope (default local), data | credential, params?, ttl?}]
 * workbook:  [{name, desc?, tool: {kind, …}}]
 * workflow:  [{step, desc?, tool?, loop?, next?, set?, spec}]   (see {@link StepNormalizer})
 * </pre>
 */
final class Normalizer {

    private static final Set<String> METADATA_KEYS = Set.of("name", "path", "version", "description", "labels", "tags");

    private final Index index;

    private Normalizer(Index index) {
        this.index = index;
    }

    static Map<String, Object> normalize(Index index) {
        return new Normalizer(index).document();
    }

    private Map<String, Object> document() {
        Map<String, Object> root = index.root;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("apiVersion", root.get("apiVersion"));
        out.put("kind", "Playbook");
        out.put("metadata", metadata(Index.mapOf(root.get("metadata"))));
        Map<String, Object> executor = new LinkedHashMap<>();
        executor.put("entry_step", index.entry);
        if (index.finalStep != null) {
            executor.put("final_step", index.finalStep);
        }
        executor.put("no_next_is_error", index.noNextIsError);
        out.put("executor", Map.of("spec", executor));
        out.put("workload", root.get("workload") == null ? Map.of() : root.get("workload"));
        out.put("keychain", Index.listAt(root.get("keychain")).stream().map(e -> keychain(Index.mapOf(e))).toList());
        out.put("workbook", Index.listAt(root.get("workbook")).stream().map(e -> workbook(Index.mapOf(e))).toList());
        StepNormalizer steps = new StepNormalizer(index);
        out.put("workflow", index.steps.stream().map(steps::step).toList());
        return out;
    }

    private static Map<String, Object> metadata(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", m.get("name"));
        out.put("path", m.get("path") != null ? m.get("path") : m.get("name"));
        putIfPresent(out, "version", m.get("version"));
        putIfPresent(out, "description", m.get("description"));
        Map<String, Object> labels = new LinkedHashMap<>();
        if (m.get("labels") != null) {
            Index.mapOf(m.get("labels")).forEach((key, value) -> labels.put(key, String.valueOf(value)));
        }
        out.put("labels", labels);
        Object tags = m.get("tags");
        out.put("tags", tags == null ? List.of() : tags instanceof String tag ? List.of(tag) : tags);
        m.forEach((key, value) -> {
            if (!METADATA_KEYS.contains(key)) {
                out.put(key, value);
            }
        });
        return out;
    }

    private static Map<String, Object> keychain(Map<String, Object> e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", e.get("name"));
        out.put("kind", e.get("kind"));
        out.put("scope", e.get("scope") == null ? "local" : e.get("scope"));
        for (String field : List.of("data", "credential", "params")) {
            putIfPresent(out, field, e.get(field));
        }
        if (e.get("ttl") != null) {
            out.put("ttl", Durations.normalized(e.get("ttl")));
        }
        return out;
    }

    private static Map<String, Object> workbook(Map<String, Object> e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", e.get("name"));
        putIfPresent(out, "desc", e.get("desc"));
        out.put("tool", ToolNormalizer.tool(Index.mapOf(e.get("tool")), null));
        return out;
    }

    static void putIfPresent(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
