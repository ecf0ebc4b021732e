package io.noetl.worker.tool.sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads one PostgreSQL column as JSON by its type name. Temporal types are read through java.time so the JVM's
 * zone never shifts a value (PgJDBC's Timestamp would); {@code timestamptz} comes back as UTC with offset.
 */
public final class PgValues implements ResultRows.ValueReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Object read(ResultSet rs, int col, String type) throws SQLException {
        if (rs.getObject(col) == null) return null;
        try {
            return switch (type) {
                case "json", "jsonb" -> JSON.readValue(rs.getString(col), Object.class);
                case "numeric", "money" -> rs.getString(col);
                case "date" -> rs.getObject(col, LocalDate.class).toString();
                case "timestamp" -> JsonValues.iso(rs.getObject(col, LocalDateTime.class));
                case "timestamptz" -> JsonValues.iso(rs.getObject(col, OffsetDateTime.class));
                case "time", "timetz", "interval", "uuid" -> rs.getString(col);
                case "bytea" -> Base64.getEncoder().encodeToString(rs.getBytes(col));
                case "_json", "_jsonb", "_timestamptz" -> arrayOf(type, (Object[]) rs.getArray(col).getArray());
                default -> JsonValues.of(type.startsWith("_") ? rs.getArray(col) : rs.getObject(col));
            };
        } catch (JsonProcessingException e) {
            return rs.getString(col);
        } catch (SQLException | RuntimeException e) {
            // infinity dates and other values java.time cannot hold: PostgreSQL's own text is still exact
            if (type.startsWith("date") || type.startsWith("timestamp")) return rs.getString(col);
            throw e;
        }
    }

    /** Element types whose generic JDBC form loses something: json stays text, timestamptz a zone-less Timestamp. */
    private static List<Object> arrayOf(String type, Object[] items) throws JsonProcessingException {
        List<Object> out = new ArrayList<>(items.length);
        for (Object item : items) {
            if (item == null) out.add(null);
            else if (item instanceof Timestamp t) out.add(JsonValues.iso(t.toInstant().atOffset(ZoneOffset.UTC)));
            else if (type.startsWith("_json")) out.add(JSON.readValue(item.toString(), Object.class));
            else out.add(item.toString());
        }
        return out;
    }
}
