package io.noetl.worker.tool;

import io.noetl.worker.tool.sql.PgParams.ParamProblem;
import io.noetl.worker.tool.sql.StatementWatchdog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs a SQL tool's work and turns its end into a {@link TaskResult}: commit on success, rollback on any error
 * (so a failed script leaves the database as it was), and a cancelled statement reported as the watchdog's
 * reason ({@code timeout}, {@code cancelled}) rather than as the driver's error.
 */
final class SqlTransaction {

    interface Work {
        Map<String, Object> run() throws SQLException;
    }

    private SqlTransaction() {
    }

    static TaskResult run(Connection c, boolean transaction, StatementWatchdog watchdog, Work work,
            Function<SQLException, TaskResult> sqlError) {
        try {
            Map<String, Object> result = work.run();
            if (transaction) c.commit();
            return TaskResult.ok(result);
        } catch (SQLException e) {
            rollback(c, transaction);
            if (watchdog.reason() != null) return stopped(watchdog.reason());
            return sqlError.apply(e);
        } catch (ParamProblem e) {
            rollback(c, transaction);
            return TaskResult.error("sql", e.getMessage(), false);
        }
    }

    static TaskResult stopped(String reason) {
        return TaskResult.error(reason, reason.equals("timeout")
                ? "the statement exceeded the task's timeout and was cancelled"
                : "the task was cancelled while its statement ran", false);
    }

    private static void rollback(Connection c, boolean transaction) {
        try {
            if (transaction) c.rollback();
        } catch (SQLException e) {
            // the connection is broken; closing it discards the transaction anyway
        }
    }
}
