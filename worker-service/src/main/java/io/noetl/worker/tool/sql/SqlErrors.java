package io.noetl.worker.tool.sql;

import io.noetl.worker.tool.TaskResult;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.postgresql.util.PSQLException;

/** A failed statement as the outcome envelope: kind {@code sql} with {@code pg.sqlstate} (dsl.md §6.3). */
public final class SqlErrors {

    /** Worth another attempt: lost connection (class 08), serialization failure, deadlock, admin shutdown, too many connections. */
    private static final Set<String> RETRYABLE = Set.of("40001", "40P01", "57P01", "53300");

    private SqlErrors() {
    }

    public static boolean retryable(String sqlstate) {
        return sqlstate != null && (sqlstate.startsWith("08") || RETRYABLE.contains(sqlstate));
    }

    public static TaskResult sql(SQLException e) {
        String state = e.getSQLState();
        Map<String, Object> error = TaskResult.error("sql", message(e), retryable(state), state);
        return new TaskResult("error", null, error, null, Map.of("sqlstate", state == null ? "" : state), null);
    }

    /** The server's own sentence (with detail and hint), without PgJDBC's position and prefixes. */
    public static String message(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            var m = p.getServerErrorMessage();
            String text = m.getMessage();
            if (m.getDetail() != null) text += " (" + m.getDetail() + ")";
            return m.getHint() == null ? text : text + " Hint: " + m.getHint();
        }
        return e.getMessage();
    }

    /** Failure to connect: a refused login is {@code auth}, anything else {@code connection} (retryable). */
    public static TaskResult connect(String credential, SQLException e) {
        String state = e.getSQLState();
        boolean login = state != null && state.startsWith("28");
        String msg = "cannot connect with credential '" + credential + "': " + message(e);
        boolean retry = !login && (state == null || state.startsWith("08")); // a missing database stays missing
        Map<String, Object> error = TaskResult.error(login ? "auth" : "connection", msg, retry, state);
        return new TaskResult("error", null, error, null, state == null ? null : Map.of("sqlstate", state), null);
    }
}
