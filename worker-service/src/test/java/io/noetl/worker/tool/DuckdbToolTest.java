package io.noetl.worker.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckdbToolTest {

    /** An empty extension directory: the postgres extension is surely absent, whatever this machine has. */
    @TempDir
    Path extensions;

    private DuckdbTool tool() {
        return new DuckdbTool(WorkspaceDb.guard(), Optional.of(extensions));
    }

    private static Map<String, Object> task(Object... kv) {
        Map<String, Object> f = new HashMap<>(Map.of("kind", "duckdb"));
        for (int i = 0; i < kv.length; i += 2) f.put((String) kv[i], kv[i + 1]);
        return f;
    }

    @Test
    void aLongQueryStopsAtItsTimeoutAndTheCancelFlag() {
        String endless = "SELECT sum(hash(a.i + b.i)) AS s FROM range(1000000) a(i), range(1000000) b(i)";
        long started = System.nanoTime();
        TaskResult timedOut = tool().run(task("query", endless), Contexts.timeout(java.time.Duration.ofMillis(500)));
        assertThat(timedOut.ok()).isFalse();
        assertThat(timedOut.error()).containsEntry("kind", "timeout");
        // 10^12 rows would run for hours: returning at all proves the statement was interrupted.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(30));

        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor()
                .schedule(() -> cancel.set(true), 300, java.util.concurrent.TimeUnit.MILLISECONDS);
        TaskResult cancelled = tool().run(task("query", endless), Contexts.cancelledWhen(cancel::get));
        assertThat(cancelled.ok()).isFalse();
        assertThat(cancelled.error().get("kind")).isIn("cancelled", "timeout");
        assertThat(String.valueOf(cancelled.error().get("message"))).doesNotContainIgnoringCase("duckdb error");
    }

    @Test
    void aQueryBindsDollarParams() {
        TaskResult r = tool().run(task("query", "SELECT $1::INTEGER + 1 AS n, $2 AS s", "params", List.of(41, "x")),
                WorkspaceDb.ctx());
        assertThat(WorkspaceDb.rows(r)).containsExactly(Map.of("n", 42, "s", "x"));
    }

    @Test
    void aCommandsScriptDescribesItsLastStatement() {
        TaskResult r = tool().run(task("commands", """
                CREATE TABLE t (n INTEGER, price DECIMAL(10,2), d DATE, tags VARCHAR[], doc JSON);
                INSERT INTO t VALUES (1, 9.50, DATE '2024-02-29', ['a', 'b'], '{"k": [1]}');
                SELECT * FROM t"""), WorkspaceDb.ctx());
        assertThat(WorkspaceDb.rows(r)).containsExactly(Map.of("n", 1, "price", "9.50", "d", "2024-02-29",
                "tags", List.of("a", "b"), "doc", Map.of("k", List.of(1))));
    }

    @Test
    void aQueryIsOneStatement() {
        TaskResult r = tool().run(task("query", "CREATE TABLE x (n INT); SELECT 1"), WorkspaceDb.ctx());
        assertThat(r.error()).containsEntry("kind", "config");
    }

    @Test
    void maxRowsCutsTheResult() {
        TaskResult r = tool().run(task("query", "SELECT * FROM range(20)", "max_rows", 3), WorkspaceDb.ctx());
        assertThat(WorkspaceDb.rows(r)).hasSize(3);
        assertThat(WorkspaceDb.data(r)).containsEntry("truncated", true);
    }

    @Test
    void aBadStatementIsADuckdbError() {
        TaskResult r = tool().run(task("query", "SELECT * FROM no_such_table"), WorkspaceDb.ctx());
        assertThat(r.error()).containsEntry("kind", "duckdb").containsEntry("retryable", false);
    }

    @Test
    void attachingWithoutThePostgresExtensionIsAConfigErrorNamingIt() throws Exception {
        assertThat(Files.list(extensions)).isEmpty();
        TaskResult r = tool().run(task("query", "SELECT 1", "attach",
                List.of(Map.of("auth", WorkspaceDb.DEMO, "as", "ws"))), WorkspaceDb.ctx());
        assertThat(r.error()).containsEntry("kind", "config");
        assertThat((String) r.error().get("message")).contains("postgres extension");
    }

    @Test
    void attachingThePlatformDatabaseIsForbidden() {
        TaskResult r = tool().run(task("query", "SELECT 1", "attach",
                List.of(Map.of("auth", WorkspaceDb.PLATFORM, "as", "p"))), WorkspaceDb.ctx());
        assertThat(r.error()).containsEntry("kind", "forbidden");
    }

    @Test
    void theScriptCannotTurnExtensionDownloadsBackOn() {
        TaskResult r = tool().run(task("commands", "SET autoinstall_known_extensions = true; SELECT 1"), WorkspaceDb.ctx());
        assertThat(r.error()).containsEntry("kind", "duckdb");
    }
}
