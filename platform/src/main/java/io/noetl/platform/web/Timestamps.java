package io.noetl.platform.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps on the wire: UTC, milliseconds, trailing Z (api.md §1.1). */
public final class Timestamps {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");

    private Timestamps() {
    }

    public static String wire(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).format(WIRE);
    }
}
