package io.noetl.execution.api;

import io.noetl.platform.error.BadRequest;
import io.noetl.platform.web.Ids;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Query parameters of the execution reads, checked before any query: a bad value is a 400 naming it. */
final class ExecutionReadParams {

    private static final Set<String> STATUSES = Set.of("PENDING", "RUNNING", "COMPLETED", "FAILED", "CANCELLED");

    private ExecutionReadParams() {
    }

    /** A comma list of execution statuses, compared case-insensitively (api.md §1.1). */
    static List<String> statuses(String raw) {
        List<String> values = commaList(raw).stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
        for (String v : values) {
            if (!STATUSES.contains(v)) throw BadRequest.invalidParameter("query.status", "unknown status '" + v + "'");
        }
        return values;
    }

    /** A comma list of event types; an unknown but well-formed type simply matches nothing. */
    static List<String> eventTypes(String raw) {
        List<String> values = commaList(raw).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        for (String v : values) {
            if (!v.matches("^[a-z][a-z_.]{0,63}$")) throw BadRequest.invalidParameter("query.event_type", "not an event type");
        }
        return values;
    }

    /** Same pattern as catalog paths (schema.md); an exact match, so anything else could never match. */
    static String path(String raw) {
        if (raw == null || raw.isEmpty()) return null;
        if (raw.contains("..") || raw.contains("//") || !raw.matches("^[a-z0-9][a-z0-9._/-]{0,254}$")) {
            throw BadRequest.invalidParameter("query.path", "must be a valid catalog path");
        }
        return raw;
    }

    /** Input timestamps must carry an offset (api.md §1.1). */
    static OffsetDateTime timestamp(String name, String raw) {
        if (raw == null || raw.isEmpty()) return null;
        try {
            return OffsetDateTime.parse(raw);
        } catch (DateTimeParseException e) {
            throw BadRequest.invalidParameter("query." + name, "must be an ISO-8601 timestamp with an offset");
        }
    }

    static Long optionalId(String name, String raw) {
        return raw == null || raw.isEmpty() ? null : Ids.queryParam(name, raw);
    }

    static boolean flag(String name, String raw, boolean fallback) {
        if (raw == null || raw.isEmpty()) return fallback;
        if (raw.equalsIgnoreCase("true")) return true;
        if (raw.equalsIgnoreCase("false")) return false;
        throw BadRequest.invalidParameter("query." + name, "must be true or false");
    }

    /** desc (default, as upstream) or asc. */
    static boolean ascending(String order) {
        if (order == null || order.isEmpty() || order.equalsIgnoreCase("desc")) return false;
        if (order.equalsIgnoreCase("asc")) return true;
        throw BadRequest.invalidParameter("query.order", "must be asc or desc");
    }

    private static List<String> commaList(String raw) {
        if (raw == null || raw.isBlank()) return List.of();
        return Arrays.stream(raw.split(",")).map(String::trim).filter(v -> !v.isEmpty()).distinct().toList();
    }
}
