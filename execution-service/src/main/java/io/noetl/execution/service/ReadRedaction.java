package io.noetl.execution.service;

import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Defence in depth for values shown to viewers (status variables, step result previews): secrets should
 * never reach workload, ctx or results, but if one does under a secret-looking key, the value is replaced
 * by "[redacted]" (api.md §1.1) rather than served.
 */
public final class ReadRedaction {

    public static final String REDACTED = "[redacted]";

    /** Key names that hold credentials or tokens in practice (password, client_secret, access_token, api_key…). */
    private static final Pattern SECRET_KEY = Pattern.compile(
            "(?i).*(passw(or)?d|secret|token|api[_-]?key|authorization|private[_-]?key|keychain).*");

    private ReadRedaction() {
    }

    public static Object redact(Object value) {
        if (value instanceof Map<?, ?> map) return redactMap(map);
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(redact(v)));
            return copy;
        }
        return value;
    }

    public static Map<String, Object> redactMap(Map<?, ?> map) {
        if (map == null) return Map.of();
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            String key = String.valueOf(k);
            copy.put(key, SECRET_KEY.matcher(key).matches() && v != null ? REDACTED : redact(v));
        });
        return copy;
    }

    /** Each top-level value over maxBytes of JSON becomes {"_truncated": true, "bytes": n}. */
    public static Map<String, Object> capValues(Map<String, Object> values, int maxBytes) {
        Map<String, Object> capped = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            int bytes = Json.encode(value).getBytes(StandardCharsets.UTF_8).length;
            capped.put(key, bytes > maxBytes ? truncated(bytes) : value);
        });
        return capped;
    }

    private static Map<String, Object> truncated(int bytes) {
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("_truncated", true);
        marker.put("bytes", bytes);
        return marker;
    }
}
