package io.noetl.worker.tool.sql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** One JSON value converted to the Java type PgJDBC binds as PostgreSQL type {@code pgType} (dsl.md §6.3). */
final class PgParamConversions {

    /** Text sent as type "unknown": PostgreSQL parses it itself (types without a Java twin: inet, arrays, enums). */
    record Untyped(String text) {
    }

    private PgParamConversions() {
    }

    static Object convert(String pgType, Object v) {
        return switch (pgType.toLowerCase(Locale.ROOT)) {
            case "int2", "int4" -> PgParams.decimal(v).intValueExact();
            case "int8", "oid" -> PgParams.decimal(v).longValueExact();
            case "float4", "float8" -> PgParams.decimal(v).doubleValue();
            case "numeric" -> PgParams.decimal(v);
            case "bool" -> bool(v);
            case "text", "varchar", "bpchar", "name" -> v instanceof String s ? s : PgParams.json(v);
            case "json", "jsonb" -> new Untyped(PgParams.json(v));
            case "uuid" -> UUID.fromString(string(v));
            case "date" -> LocalDate.parse(string(v));
            case "time" -> LocalTime.parse(string(v));
            case "timestamp" -> LocalDateTime.parse(string(v));
            case "timestamptz" -> OffsetDateTime.parse(string(v));
            default -> new Untyped(v instanceof List<?> l ? arrayLiteral(l) : v instanceof Map<?, ?> ? PgParams.json(v) : String.valueOf(v));
        };
    }

    private static Boolean bool(Object v) {
        if (v instanceof Boolean b) return b;
        String s = string(v).trim().toLowerCase(Locale.ROOT);
        if (s.equals("true") || s.equals("t") || s.equals("1")) return true;
        if (s.equals("false") || s.equals("f") || s.equals("0")) return false;
        throw new IllegalArgumentException("not a boolean");
    }

    private static String string(Object v) {
        if (v instanceof String s) return s;
        throw new IllegalArgumentException("expected a string, got " + (v instanceof Number ? "a number" : "a " + v.getClass().getSimpleName().toLowerCase(Locale.ROOT)));
    }

    /** A JSON list as a PostgreSQL array literal: {"a","b"}, each element quoted so commas and braces stay data. */
    private static String arrayLiteral(List<?> list) {
        StringBuilder b = new StringBuilder("{");
        for (Object e : list) {
            if (b.length() > 1) b.append(',');
            if (e == null) b.append("NULL");
            else if (e instanceof List<?> inner) b.append(arrayLiteral(inner));
            else b.append('"').append((e instanceof String s ? s : PgParams.json(e)).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return b.append('}').toString();
    }
}
