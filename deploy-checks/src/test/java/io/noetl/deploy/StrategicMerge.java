package io.noetl.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The part of Kubernetes' strategic merge patch that deploy/ uses: maps merge key by key, lists of named
 * items (containers, env) merge by name, any other list or value is replaced. Directives such as
 * `$patch` are refused so that a patch this class cannot apply fails loudly instead of rendering wrong.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (target instanceof ObjectNode t && patch instanceof ObjectNode p) return mergeObjects(t.deepCopy(), p);
        if (target instanceof ArrayNode t && patch instanceof ArrayNode p && named(t) && named(p)) return mergeNamed(t.deepCopy(), p);
        return patch.deepCopy();
    }

    private static ObjectNode mergeObjects(ObjectNode target, ObjectNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("$")) throw new IllegalStateException("patch directive " + e.getKey() + " is not supported offline");
            if (e.getValue().isNull()) target.remove(e.getKey());
            else target.set(e.getKey(), target.has(e.getKey()) ? merge(target.get(e.getKey()), e.getValue()) : e.getValue().deepCopy());
        }
        return target;
    }

    private static ArrayNode mergeNamed(ArrayNode target, ArrayNode patch) {
        for (JsonNode item : patch) {
            int i = indexOf(target, item.get("name").asText());
            if (i < 0) target.add(item.deepCopy());
            else target.set(i, merge(target.get(i), item));
        }
        return target;
    }

    private static int indexOf(ArrayNode list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("name").asText().equals(name)) return i;
        }
        return -1;
    }

    private static boolean named(ArrayNode list) {
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("name").isTextual()) return false;
        }
        return true;
    }
}
