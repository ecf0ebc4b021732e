package io.noetl.worker.tool;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Request encodings of dsl.md §6.2: query and form maps (lists repeat the key), and body/json. */
final class HttpBodies {

    private HttpBodies() {
    }

    /** {@code body} (aliases payload, data) or {@code json}; sets a JSON Content-Type when the author set none. */
    static byte[] encode(Map<String, Object> fields, Map<String, String> headers) {
        Object body = firstOf(fields, "body", "payload", "data");
        Object json = fields.get("json");
        if (body != null && json != null) {
            throw ToolFailure.config("http takes body or json, not both");
        }
        if (json == null && body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        Object value = json != null ? json : body;
        if (value == null) {
            return null;
        }
        String type = headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (json == null && type != null && mediaType(type).equals("application/x-www-form-urlencoded")) {
            return formEncode(asMap(value, "a form body")).getBytes(StandardCharsets.UTF_8);
        }
        if (type == null) {
            headers.put("Content-Type", "application/json");
        }
        return ToolJson.bytes(value);
    }

    static String formEncode(Map<String, Object> values) {
        StringJoiner out = new StringJoiner("&");
        values.forEach((key, value) -> {
            Collection<?> each = value instanceof Collection<?> c ? c : java.util.Collections.singletonList(value);
            for (Object v : each) {
                if (v != null) {   // an absent value is left out rather than sent as "null"
                    out.add(encode(key) + "=" + encode(String.valueOf(v)));
                }
            }
        });
        return out.toString();
    }

    /** The media type without parameters, lower case: {@code Text/HTML; charset=x} → {@code text/html}. */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String what) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw ToolFailure.config("http " + what + " must be a map");
    }

    private static Object firstOf(Map<String, Object> fields, String... names) {
        for (String name : names) {
            if (fields.get(name) != null) {
                return fields.get(name);
            }
        }
        return null;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");   // %20 reads the same everywhere
    }
}
