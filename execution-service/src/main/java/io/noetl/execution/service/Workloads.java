package io.noetl.execution.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The workload merge of dsl.md §2: maps merge key by key, recursively; any other request value replaces. */
final class Workloads {

    private Workloads() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> defaults, Map<String, Object> request) {
        Map<String, Object> out = new LinkedHashMap<>(defaults == null ? Map.of() : defaults);
        if (request == null) return out;
        request.forEach((key, value) -> {
            Object base = out.get(key);
            out.put(key, base instanceof Map<?, ?> b && value instanceof Map<?, ?> v
                    ? merge((Map<String, Object>) b, (Map<String, Object>) v) : value);
        });
        return out;
    }
}
