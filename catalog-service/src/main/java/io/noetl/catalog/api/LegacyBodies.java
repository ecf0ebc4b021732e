package io.noetl.catalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.noetl.platform.web.JsonBodies;
import io.noetl.platform.web.PageRequest;
import java.util.ArrayList;
import java.util.List;

/** Typed fields of upstream's JSON request bodies; a wrong JSON type is a 400 naming the field. */
final class LegacyBodies {

    private LegacyBodies() {
    }

    static boolean flag(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) return false;
        if (!n.isBoolean()) throw JsonBodies.wrongType("/" + field, "must be true or false");
        return n.asBoolean();
    }

    /** `capability` (one) and `capabilities` (a list) together: the document must declare all of them. */
    static String[] capabilities(JsonNode b) {
        List<String> all = new ArrayList<>();
        String one = JsonBodies.text(b, "capability");
        if (one != null) all.add(one);
        JsonNode many = b.get("capabilities");
        if (many != null && !many.isNull()) {
            if (!many.isArray()) throw JsonBodies.wrongType("/capabilities", "must be a list of strings");
            for (int i = 0; i < many.size(); i++) {
                if (!many.get(i).isTextual()) throw JsonBodies.wrongType("/capabilities/" + i, "must be a string");
                all.add(many.get(i).asText());
            }
        }
        return all.isEmpty() ? null : all.toArray(String[]::new);
    }

    /** limit (at most 1000 per call, larger clamped) and cursor, as in the query-string routes. */
    static PageRequest page(JsonNode b) {
        JsonNode limit = b.get("limit");
        if (limit != null && !limit.isNull() && !limit.isIntegralNumber()) throw JsonBodies.wrongType("/limit", "must be an integer");
        return PageRequest.parse(limit == null || limit.isNull() ? null : limit.asText(), JsonBodies.text(b, "cursor"));
    }

    /** `version`: an integer ≥ 1 or "latest" (= null). */
    static Integer version(JsonNode b) {
        JsonNode v = b.get("version");
        if (v == null || v.isNull() || (v.isTextual() && v.asText().equals("latest"))) return null;
        if (v.isIntegralNumber() || v.isTextual()) return CatalogParams.version(v.asText());
        throw JsonBodies.wrongType("/version", "must be an integer or \"latest\"");
    }

    /** Ids arrive as strings or JSON integers (api.md §1.2). */
    static String idText(JsonNode b, String field) {
        JsonNode n = b.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isIntegralNumber() || n.isTextual()) return n.asText();
        throw JsonBodies.wrongType("/" + field, "must be a string or an integer id");
    }
}
