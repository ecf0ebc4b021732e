package io.noetl.worker.tool.sql;

import io.noetl.worker.tool.ToolContext;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cancels the running statement when the attempt's timeout passes or the worker raises the cancel flag.
 * JDBC blocks the tool's thread, so a separate daemon polls; {@link Statement#cancel()} asks the server to stop
 * (PostgreSQL: a cancel request on a new socket), and the blocked call then fails, which the tool reports
 * as {@link #reason()} instead of as a SQL error.
 */
public final class StatementWatchdog implements AutoCloseable {

    /** Cancel flag polling interval: short enough that a cancel lands well within a heartbeat. */
    private static final long POLL_MS = 50;
    private static final long RECANCEL_MS = 250;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sql-tool-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final ToolContext ctx;
    private final long deadline;
    private final ScheduledFuture<?> task;
    private volatile Statement statement;
    private volatile String reason;
    private volatile long lastCancel;

    public StatementWatchdog(ToolContext ctx) {
        this.ctx = ctx;
        this.deadline = System.nanoTime() + ctx.timeout().map(Duration::toNanos).orElse(0L);
        this.task = TIMER.scheduleAtFixedRate(this::check, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** The statement to cancel from now on (the tool may run several, one after another). */
    public void watch(Statement s) {
        statement = s;
        if (reason != null) {
            lastCancel = System.nanoTime();
            cancel(s);
        }
    }

    /** {@code timeout} or {@code cancelled} once the watchdog fired, else null. */
    public String reason() {
        return reason;
    }

    /**
     * Once fired, keeps cancelling the watched statement every {@link #RECANCEL_MS} until the tool closes the
     * watchdog: a cancel that lands before the driver started executing is a no-op (DuckDB ignores it, and a
     * PostgreSQL cancel request may overtake the query), so one attempt is not enough.
     */
    private void check() {
        if (reason == null) {
            if (ctx.isCancelled()) reason = "cancelled";
            else if (ctx.timeout().isPresent() && System.nanoTime() - deadline > 0) reason = "timeout";
            else return;
        } else if (System.nanoTime() - lastCancel < TimeUnit.MILLISECONDS.toNanos(RECANCEL_MS)) {
            return;
        }
        Statement s = statement;
        if (s != null) {
            lastCancel = System.nanoTime();
            cancel(s);
        }
    }

    private static void cancel(Statement s) {
        try {
            s.cancel();
        } catch (SQLException | RuntimeException e) {
            // the statement already finished or its connection closed: nothing left to stop
        }
    }

    @Override
    public void close() {
        task.cancel(false);
    }
}
