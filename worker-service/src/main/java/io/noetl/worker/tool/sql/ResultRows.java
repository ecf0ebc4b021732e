package io.noetl.worker.tool.sql;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the SQL tools' result {@code {row_count, rows, columns, truncated}} (dsl.md §6.3). */
public final class ResultRows {

    /** Reads one column of the current row as a JSON value; each database has its own. */
    public interface ValueReader {
        Object read(ResultSet rs, int col, String type) throws SQLException;
    }

    private ResultRows() {
    }

    /** At most {@code maxRows} rows; one more is peeked only to learn whether the result was cut. */
    public static Map<String, Object> read(ResultSet rs, int maxRows, ValueReader values) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> columns = new ArrayList<>();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
            columns.add(Map.of("name", meta.getColumnLabel(c), "type", meta.getColumnTypeName(c)));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() == maxRows) {
                truncated = true;
                break;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int c = 1; c <= columns.size(); c++) {
                row.put(meta.getColumnLabel(c), values.read(rs, c, meta.getColumnTypeName(c)));
            }
            rows.add(row);
        }
        return result(rows.size(), rows, columns, truncated);
    }

    /** A statement that returned no rows: {@code row_count} is what it affected (0 for DDL). */
    public static Map<String, Object> affected(long count) {
        return result(Math.max(count, 0), List.of(), List.of(), false);
    }

    private static Map<String, Object> result(long count, List<?> rows, List<?> columns, boolean truncated) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("row_count", count);
        r.put("rows", rows);
        r.put("columns", columns);
        r.put("truncated", truncated);
        return r;
    }
}
