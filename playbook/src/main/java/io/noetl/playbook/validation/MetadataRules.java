package io.noetl.playbook.validation;

import io.noetl.playbook.yaml.JsonPointer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code metadata} (dsl.md §2): name, the catalog path (the name when absent), and the typed optional keys.
 * Other keys are kept verbatim, so there is no closed schema here.
 */
final class MetadataRules {

    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9._/-]{0,254}");
    private static final int MAX_NAME = 128;

    private final Findings f;
    private final Object metadata;

    MetadataRules(Context cx) {
        this.f = cx.findings();
        this.metadata = cx.index().root.get("metadata");
    }

    void check() {
        Map<String, Object> m = Types.map(f, metadata, "/metadata", "metadata");
        if (m == null) {
            return;
        }
        String name = name(m.get("name"));
        if (m.get("path") != null) {
            path(Types.text(f, m.get("path"), "/metadata/path", "metadata.path"), "/metadata/path", "");
        } else if (name != null) {
            path(name, "/metadata/name", " (the name is the catalog path when metadata.path is absent)");
        }
        if (m.get("version") != null && !Types.isScalar(m.get("version"))) {
            f.error(Codes.INVALID_VALUE, "/metadata/version", "metadata.version must be text or a number");
        }
        Types.text(f, m.get("description"), "/metadata/description", "metadata.description");
        labels(Types.map(f, m.get("labels"), "/metadata/labels", "metadata.labels"));
        tags(m.get("tags"));
    }

    private String name(Object value) {
        if (value == null) {
            f.error(Codes.MISSING_FIELD, "/metadata/name", "metadata.name is required");
            return null;
        }
        String name = Types.text(f, value, "/metadata/name", "metadata.name");
        if (name != null && (name.isBlank() || name.length() > MAX_NAME)) {
            f.error(Codes.INVALID_VALUE, "/metadata/name", "metadata.name must have 1 to " + MAX_NAME + " characters");
            return null;
        }
        return name;
    }

    private void path(String path, String at, String why) {
        if (path != null && (!PATH.matcher(path).matches() || path.contains("..") || path.contains("//"))) {
            f.error(Codes.INVALID_NAME, at, "catalog path '" + path + "' must be lower-case letters, digits and"
                    + " . _ / -, start with a letter or digit, and contain no '..' or '//'" + why);
        }
    }

    private void labels(Map<String, Object> labels) {
        if (labels != null) {
            labels.forEach((key, value) -> {
                if (!Types.isScalar(value)) {
                    f.error(Codes.INVALID_VALUE, JsonPointer.append("/metadata/labels", key),
                            "label '" + key + "' must be text, not " + Types.describe(value));
                }
            });
        }
    }

    private void tags(Object tags) {
        if (tags == null || tags instanceof String) {
            return;
        }
        List<Object> list = Types.list(f, tags, "/metadata/tags", "metadata.tags (a list, or one text)");
        for (int i = 0; list != null && i < list.size(); i++) {
            Types.textItem(f, list.get(i), "/metadata/tags/" + i, "a tag");
        }
    }
}
