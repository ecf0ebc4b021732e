package io.noetl.worker.tool;

import static io.noetl.worker.tool.WorkspaceDb.ctx;
import static io.noetl.worker.tool.WorkspaceDb.sql;
import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.worker.tool.sql.SqlErrors;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Credentials, the platform boundary, retry flags, timeouts and cancellation of the postgres tool. */
class PostgresToolAccessTest {

    private final PostgresTool tool = new PostgresTool(WorkspaceDb.guard());

    @Test
    void aCredentialPointingAtThePlatformDatabaseIsForbidden() {
        TaskResult r = tool.run(sql("SELECT 1", "auth", WorkspaceDb.PLATFORM), ctx());
        assertThat(r.error()).containsEntry("kind", "forbidden").containsEntry("retryable", false);
        assertThat((String) r.error().get("message")).contains(WorkspaceDb.PLATFORM);
    }

    @Test
    void aCredentialOfAnotherTypeOrUnknownIsAnAuthErrorNamingIt() {
        TaskResult wrongType = tool.run(sql("SELECT 1", "auth", WorkspaceDb.BASIC), ctx());
        assertThat(wrongType.error()).containsEntry("kind", "auth");
        assertThat((String) wrongType.error().get("message")).contains(WorkspaceDb.BASIC).contains("http_basic");
        TaskResult unknown = tool.run(sql("SELECT 1", "auth", "nope"), ctx());
        assertThat(unknown.error()).containsEntry("kind", "auth");
        assertThat((String) unknown.error().get("message")).contains("nope");
    }

    @Test
    void onlyConnectionLossSerializationDeadlockShutdownAndTooManyConnectionsAreRetryable() {
        assertThat(SqlErrors.retryable("08006")).isTrue();
        assertThat(SqlErrors.retryable("40001")).isTrue();
        assertThat(SqlErrors.retryable("40P01")).isTrue();
        assertThat(SqlErrors.retryable("57P01")).isTrue();
        assertThat(SqlErrors.retryable("53300")).isTrue();
        assertThat(SqlErrors.retryable("42P01")).isFalse();
        assertThat(SqlErrors.retryable("23505")).isFalse();
        assertThat(SqlErrors.retryable(null)).isFalse();
    }

    @Test
    void aRetryableServerErrorIsFlaggedSo() {
        TaskResult r = tool.run(sql("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$"), ctx());
        assertThat(r.error()).containsEntry("code", "40001").containsEntry("retryable", true);
    }

    @Test
    void theTimeoutCancelsALongStatement() {
        long start = System.nanoTime();
        TaskResult r = tool.run(sql("SELECT pg_sleep(60)"), WorkspaceDb.ctx(Duration.ofMillis(500)));
        assertThat(r.error()).containsEntry("kind", "timeout");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void theCancelFlagStopsARunningStatement() {
        AtomicBoolean cancel = new AtomicBoolean();
        ToolContext ctx = new ToolContext(Optional.empty(), cancel::get, WorkspaceDb.credentials());
        new Thread(() -> {
            try {
                Thread.sleep(300); // lets the statement start; the flag is what the test is about
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            cancel.set(true);
        }).start();
        TaskResult r = tool.run(sql("SELECT pg_sleep(60)"), ctx);
        assertThat(r.error()).containsEntry("kind", "cancelled");
    }
}
