package io.noetl.platform.web;

import io.noetl.platform.error.BadRequest;
import io.noetl.platform.error.Invalid;
import java.util.regex.Pattern;

/** Parses ids that travel as strings; a junk id is a 400 and never reaches the database (api.md §1.2). */
public final class Ids {

    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,19}$");

    private Ids() {
    }

    /** A path parameter ending in _id: 400 invalid_parameter unless a positive 64-bit integer. */
    public static long pathParam(String name, String value) {
        return parse("path." + name, value);
    }

    public static long queryParam(String name, String value) {
        return parse("query." + name, value);
    }

    /** An id inside a request body (string or JSON integer): 422 naming the field when invalid. */
    public static long bodyField(String pointer, String value) {
        try {
            return parse(pointer, value);
        } catch (BadRequest e) {
            throw new Invalid("Invalid id at " + pointer + ".", e.errors());
        }
    }

    private static long parse(String where, String value) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw BadRequest.invalidParameter(where, "must be a positive integer id of at most 19 digits");
        }
        try {
            long id = Long.parseLong(value);
            if (id > 0) return id;
        } catch (NumberFormatException tooLarge) {
            // 19 digits above 2^63-1: same answer as any other out-of-range id
        }
        throw BadRequest.invalidParameter(where, "must be a positive integer below 2^63");
    }

    /** Ids are written as JSON strings of decimal digits. */
    public static String wire(long id) {
        return Long.toString(id);
    }
}
