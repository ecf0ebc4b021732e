package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;

/** Fields that are alternatives: synonyms and aliases, of which an author gives one ({@code url}/{@code endpoint}, …). */
final class OneOf {

    private OneOf() {
    }

    /** Reports {@code invalid_value} on every field given after the first; returns the first given, or null. */
    static String atMostOne(Findings f, Map<String, Object> map, String path, List<String> fields) {
        String first = null;
        for (String field : fields) {
            if (map.get(field) == null) {
                continue;
            }
            if (first == null) {
                first = field;
            } else {
                f.error(Codes.INVALID_VALUE, JsonPointer.append(path, field), "give only one of "
                        + String.join(", ", fields) + " ('" + first + "' is already given)");
            }
        }
        return first;
    }

    /** As {@link #atMostOne}, and reports {@code missing_field} (at the first name) when none is given. */
    static String exactlyOne(Findings f, Map<String, Object> map, String path, List<String> fields, String message) {
        String given = atMostOne(f, map, path, fields);
        if (given == null) {
            f.error(Codes.MISSING_FIELD, JsonPointer.append(path, fields.get(0)), message);
        }
        return given;
    }
}
