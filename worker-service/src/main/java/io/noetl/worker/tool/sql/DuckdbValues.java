package io.noetl.worker.tool.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** DuckDB's side of the value mapping: JSON columns parsed, naive timestamps read without the JVM's zone. */
public final class DuckdbValues implements ResultRows.ValueReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Object read(ResultSet rs, int col, String type) throws SQLException {
        Object v = rs.getObject(col);
        if (v == null) return null;
        if (type.equals("JSON")) {
            try {
                return JSON.readValue(v.toString(), Object.class);
            } catch (JsonProcessingException e) {
                return v.toString();
            }
        }
        if (type.equals("TIMESTAMP")) return JsonValues.iso(rs.getObject(col, LocalDateTime.class));
        return JsonValues.of(v);
    }

    /** Binds {@code params} as {@code $1..$n}; DuckDB understands {@code $n} natively, so no rewriting. */
    public static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof Map<?, ?> || v instanceof List<?>) {
                try {
                    v = JSON.writeValueAsString(v); // DuckDB casts JSON text where a JSON value is expected
                } catch (JsonProcessingException e) {
                    throw new PgParams.ParamProblem("$" + (i + 1) + " is not JSON-serializable");
                }
            } else if (v instanceof BigInteger b) {
                v = new BigDecimal(b);
            }
            ps.setObject(i + 1, v);
        }
    }
}
