package io.noetl.scheduler.api;

import io.noetl.platform.error.BadRequest;
import io.noetl.platform.web.Timestamps;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Timestamps in and out of this service's API (api.md §1.1): out in UTC with Z, in only with an offset. */
final class Wire {

    private Wire() {
    }

    static String time(Instant t) {
        return t == null ? null : Timestamps.wire(t.atOffset(ZoneOffset.UTC));
    }

    static String id(Long id) {
        return id == null ? null : Long.toString(id);
    }

    /** A query timestamp; without an offset, or unreadable, it is a 400 naming the parameter. */
    static Instant queryTime(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw BadRequest.invalidParameter("query." + name, "must be a timestamp with an offset, e.g. 2026-01-01T00:00:00Z");
        }
    }

    static Boolean queryFlag(String name, String value) {
        if (value == null || value.isBlank()) return null;
        if (value.equalsIgnoreCase("true")) return true;
        if (value.equalsIgnoreCase("false")) return false;
        throw BadRequest.invalidParameter("query." + name, "must be true or false");
    }
}
