package io.noetl.worker.service;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command's jsonb context as plain maps and lists, the only shapes templates and tools see. */
final class Plain {

    private Plain() {
    }

    static Map<String, Object> map(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.forEach(e -> out.put(e.getKey(), value(e.getValue())));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object v) {
        if (v instanceof JsonObject o) return map(o);
        if (v instanceof Map<?, ?> m) return map(new JsonObject((Map<String, Object>) m));
        if (v instanceof JsonArray a) return list(a.getList());
        if (v instanceof List<?> l) return list(l);
        return v;
    }

    private static List<Object> list(List<?> items) {
        List<Object> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(value(i)));
        return out;
    }
}
