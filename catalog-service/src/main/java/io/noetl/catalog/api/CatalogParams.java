package io.noetl.catalog.api;

import io.noetl.catalog.model.CatalogPaths;
import io.noetl.platform.error.BadRequest;

/** Query parameters of the catalog routes, checked before any query: a bad value is a 400 naming it. */
final class CatalogParams {

    private CatalogParams() {
    }

    static String checkedPath(String param, String value, boolean required) {
        if (value == null || value.isEmpty()) {
            if (required) throw BadRequest.invalidParameter("query." + param, "is required");
            return null;
        }
        String problem = CatalogPaths.problem(value);
        if (problem != null) throw BadRequest.invalidParameter("query." + param, problem);
        return value;
    }

    static String checkedPrefix(String prefix) {
        if (prefix == null || prefix.isEmpty()) return null;
        if (prefix.contains("..") || prefix.contains("//") || !prefix.matches("^[a-z0-9][a-z0-9._/-]{0,254}$")) {
            throw BadRequest.invalidParameter("query.path_prefix", "must be the start of a valid catalog path");
        }
        return prefix;
    }

    static boolean flag(String param, String value, boolean fallback) {
        if (value == null || value.isEmpty()) return fallback;
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw BadRequest.invalidParameter("query." + param, "must be true or false");
    }

    static boolean newestFirst(String sort) {
        if (sort == null || sort.isEmpty() || sort.equals("path")) return false;
        if (sort.equals("-created_at")) return true;
        throw BadRequest.invalidParameter("query.sort", "must be path or -created_at");
    }

    static Integer version(String version) {
        if (version == null || version.isEmpty() || version.equals("latest")) return null;
        if (!version.matches("^[1-9][0-9]{0,8}$")) {
            throw BadRequest.invalidParameter("query.version", "must be latest or an integer ≥ 1");
        }
        return Integer.valueOf(version);
    }
}
