package io.noetl.platform.web;

import io.noetl.platform.error.BadRequest;

/**
 * limit and cursor of a list route (api.md §1.4): limit defaults to 100, is clamped to 1000, and 0,
 * negative or non-integer values are a 400.
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public static PageRequest parse(String limit, String cursor) {
        return new PageRequest(parseLimit(limit), cursor == null || cursor.isBlank() ? null : cursor);
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) return DEFAULT_LIMIT;
        if (!limit.matches("^-?[0-9]+$")) throw BadRequest.invalidParameter("query.limit", "must be an integer");
        if (limit.startsWith("-") || limit.matches("^0+$")) {
            throw BadRequest.invalidParameter("query.limit", "must be at least 1");
        }
        // Huge values (10^9 and beyond, even past the range of int) are clamped, not refused.
        return limit.length() > 4 ? MAX_LIMIT : Math.min(Integer.parseInt(limit), MAX_LIMIT);
    }
}
