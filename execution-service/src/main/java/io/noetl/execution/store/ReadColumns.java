package io.noetl.execution.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * jsonb columns as plain Java values (maps, lists, strings, numbers, booleans), so the layers above never
 * see Vert.x JSON types and Jackson writes them as they are stored.
 */
final class ReadColumns {

    private ReadColumns() {
    }

    static Object json(Row row, String column) {
        return plain(row.getValue(column));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Row row, String column) {
        Object value = json(row, column);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    static Object plain(Object value) {
        if (value == Tuple.JSON_NULL) return null;
        if (value instanceof JsonObject o) return plain(o.getMap());
        if (value instanceof JsonArray a) return plain(a.getList());
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), plain(v)));
            return copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(v -> copy.add(plain(v)));
            return copy;
        }
        return value;
    }
}
