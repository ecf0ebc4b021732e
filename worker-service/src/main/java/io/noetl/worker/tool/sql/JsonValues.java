package io.noetl.worker.tool.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Blob;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A JDBC value as a JSON value (dsl.md §6.3): integers and floats stay numbers; exact decimals become strings so
 * no digit is lost in a double; dates and times are ISO-8601; binary is base64; arrays are lists.
 */
public final class JsonValues {

    private JsonValues() {
    }

    public static Object of(Object v) throws SQLException {
        if (v == null || v instanceof String || v instanceof Boolean) return v;
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof BigInteger i) return i.bitLength() < 64 ? i.longValue() : i.toString();
        if (v instanceof Double d && !Double.isFinite(d)) return d.toString(); // JSON has no NaN or Infinity
        if (v instanceof Float f && !Float.isFinite(f)) return f.toString();
        if (v instanceof Number) return v;
        if (v instanceof java.sql.Timestamp t) return iso(t.toLocalDateTime());
        if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
        if (v instanceof java.sql.Time t) return iso(t.toLocalTime());
        if (v instanceof TemporalAccessor t) return iso(t);
        if (v instanceof UUID) return v.toString();
        if (v instanceof byte[] b) return Base64.getEncoder().encodeToString(b);
        if (v instanceof Blob b) return Base64.getEncoder().encodeToString(b.getBytes(1, (int) b.length()));
        if (v instanceof Array a) return list((Object[]) a.getArray());
        if (v instanceof Object[] a) return list(a);
        if (v instanceof Map<?, ?> m) return map(m);
        if (v instanceof List<?> l) return list(l.toArray());
        return v.toString();
    }

    /** ISO-8601 that always shows seconds (java.time's toString drops ":00", which some parsers reject). */
    public static String iso(TemporalAccessor t) {
        if (t instanceof LocalDateTime) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        if (t instanceof OffsetDateTime) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        if (t instanceof LocalTime) return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        if (t instanceof OffsetTime) return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        return t.toString();
    }

    private static List<Object> list(Object[] items) throws SQLException {
        List<Object> out = new ArrayList<>(items.length);
        for (Object item : items) out.add(of(item));
        return out;
    }

    private static Map<String, Object> map(Map<?, ?> m) throws SQLException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (var e : m.entrySet()) out.put(String.valueOf(e.getKey()), of(e.getValue()));
        return out;
    }
}
