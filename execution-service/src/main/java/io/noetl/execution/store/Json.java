package io.noetl.execution.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversions between jsonb values of the reactive client (JsonObject, JsonArray, scalars) and the plain maps
 * and lists the engine and templates work with.
 */
public final class Json {

    private Json() {
    }

    /** A plain value from a jsonb column: maps and lists all the way down. */
    public static Object plain(Object v) {
        if (v instanceof JsonObject o) return map(o);
        if (v instanceof JsonArray a) return list(a);
        if (v instanceof Map<?, ?> m) return map(new JsonObject(castMap(m)));
        if (v instanceof List<?> l) return list(new JsonArray(new ArrayList<>(l)));
        return v;
    }

    public static Map<String, Object> map(Object v) {
        if (v == null) return null;
        JsonObject o = v instanceof JsonObject j ? j : new JsonObject(castMap((Map<?, ?>) v));
        Map<String, Object> out = new LinkedHashMap<>();
        o.forEach(e -> out.put(e.getKey(), plain(e.getValue())));
        return out;
    }

    private static List<Object> list(JsonArray a) {
        List<Object> out = new ArrayList<>(a.size());
        a.forEach(item -> out.add(plain(item)));
        return out;
    }

    /**
     * JSON text for a {@code $n::text::jsonb} parameter, or null for SQL NULL. Text with an explicit cast keeps a
     * string result a JSON string, where a bare jsonb parameter would leave its encoding to the client.
     */
    public static String text(Object v) {
        return v == null ? null : io.vertx.core.json.Json.encode(v);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
