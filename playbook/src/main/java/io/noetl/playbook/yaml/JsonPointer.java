package io.noetl.playbook.yaml;

/**
 * RFC 6901 JSON Pointers, the {@code path} of every problem. Public because validation builds the same paths
 * to look positions up in {@link YamlDocument#at(String)}.
 */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** The pointer to member {@code key} of the mapping at {@code parent}; {@code ~} and {@code /} escaped. */
    public static String append(String parent, String key) {
        // "~" first: escaping "/" to "~1" and then "~" would turn it into "~01".
        return parent + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to item {@code index} of the sequence at {@code parent}. */
    public static String append(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer one level up; {@code ""} (the whole document) has no parent and stays {@code ""}. */
    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        // Escaped tokens never contain '/', so the last one always separates the final token.
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }
}
