package io.noetl.worker.tool.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;

/**
 * Binds JSON-typed {@code params} to the types PostgreSQL inferred for each marker (asked once through
 * {@link java.sql.ParameterMetaData}), so {@code "42"} reaches an integer column as 42 and a map reaches jsonb as
 * JSON. Converting here rather than sending untyped text lets a bad value fail with the {@code $n} it came from.
 */
public final class PgParams {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PgParams() {
    }

    public static void bind(PreparedStatement ps, PositionalSql sql, List<?> params) throws SQLException {
        if (sql.highest() > params.size()) {
            throw new ParamProblem("$" + sql.highest() + " is used but params has " + params.size() + " values");
        }
        var meta = ps.getParameterMetaData();
        for (int marker = 1; marker <= sql.order().size(); marker++) {
            int n = sql.order().get(marker - 1);
            String type = meta.getParameterTypeName(marker);
            try {
                bindOne(ps, marker, type, params.get(n - 1));
            } catch (RuntimeException e) {
                throw new ParamProblem("$" + n + " cannot be converted to " + type + ": " + e.getMessage());
            }
        }
    }

    private static void bindOne(PreparedStatement ps, int i, String type, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
            return;
        }
        Object converted = PgParamConversions.convert(type, v);
        if (converted instanceof PgParamConversions.Untyped u) ps.setObject(i, u.text(), Types.OTHER);
        else ps.setObject(i, converted);
    }

    static String json(Object v) {
        try {
            return v instanceof Map<?, ?> || v instanceof List<?> || !(v instanceof String) ? JSON.writeValueAsString(v) : (String) v;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON-serializable");
        }
    }

    static BigDecimal decimal(Object v) {
        try {
            if (v instanceof Number n) return new BigDecimal(n.toString());
            if (v instanceof String s) return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number");
        }
        throw new IllegalArgumentException("expected a number");
    }

    /** A parameter that cannot be bound: answered as kind {@code sql} naming {@code $n}. */
    public static final class ParamProblem extends RuntimeException {
        public ParamProblem(String message) {
            super(message, null, false, false);
        }
    }
}
