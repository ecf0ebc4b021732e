package io.noetl.catalog.model;

import java.util.regex.Pattern;

/** The catalog path rule of schema.md: lower-case, no `..`, no `//`, at most 255 characters. */
public final class CatalogPaths {

    private static final Pattern PATH = Pattern.compile("^[a-z0-9][a-z0-9._/-]{0,254}$");

    private CatalogPaths() {
    }

    /** Null when valid, else why not (one sentence for `errors[].message`). */
    public static String problem(String path) {
        if (path == null || path.isEmpty()) return "is required";
        if (!PATH.matcher(path).matches()) {
            return "must match ^[a-z0-9][a-z0-9._/-]{0,254}$ (lower-case letters, digits, '.', '_', '/', '-')";
        }
        if (path.contains("..") || path.contains("//")) return "must not contain '..' or '//'";
        if (path.endsWith("/")) return "must not end with '/'";
        return null;
    }
}
