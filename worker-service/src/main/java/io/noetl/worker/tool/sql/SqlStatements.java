package io.noetl.worker.tool.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Runs a SQL tool's text on an open connection: one prepared statement when there are {@code params}, else a
 * plain statement that may hold a script; either way the result describes the last statement.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** PostgreSQL: {@code $n} rewritten to JDBC markers and values converted to the inferred types. */
    public static Map<String, Object> postgres(Connection c, String sql, List<?> params, int maxRows,
            StatementWatchdog watchdog) throws SQLException {
        if (params == null) return script(c, sql, maxRows, watchdog, new PgValues());
        PositionalSql positional = PositionalSql.of(sql);
        if (positional.severalStatements()) throw new PgParams.ParamProblem("with params the text must be one statement");
        try (PreparedStatement ps = c.prepareStatement(positional.jdbcSql())) {
            watchdog.watch(ps);
            PgParams.bind(ps, positional, params);
            ps.setFetchSize(maxRows + 1);
            return last(ps, ps.execute(), maxRows, new PgValues());
        }
    }

    /** A text without parameters; the driver runs every statement in it. */
    public static Map<String, Object> script(Connection c, String sql, int maxRows, StatementWatchdog watchdog,
            ResultRows.ValueReader values) throws SQLException {
        try (Statement st = c.createStatement()) {
            watchdog.watch(st);
            st.setEscapeProcessing(false); // SQL text is the author's, not JDBC escape syntax
            st.setFetchSize(maxRows + 1);
            return last(st, st.execute(sql), maxRows, values);
        }
    }

    /** Walks every result the statement produced and keeps the last one. */
    public static Map<String, Object> last(Statement st, boolean hasRows, int maxRows, ResultRows.ValueReader values)
            throws SQLException {
        Map<String, Object> result = ResultRows.affected(0);
        while (true) {
            if (hasRows) {
                try (var rs = st.getResultSet()) {
                    result = ResultRows.read(rs, maxRows, values);
                }
            } else {
                int count = st.getUpdateCount();
                if (count == -1) return result;
                result = ResultRows.affected(count);
            }
            hasRows = st.getMoreResults();
        }
    }
}
