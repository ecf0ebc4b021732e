package io.noetl.worker.tool;

import static io.noetl.worker.tool.WorkspaceDb.ctx;
import static io.noetl.worker.tool.WorkspaceDb.rows;
import static io.noetl.worker.tool.WorkspaceDb.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostgresToolTest {

    private final PostgresTool tool = new PostgresTool(WorkspaceDb.guard());

    @Test
    void createsInsertsWithParamsAndSelectsBack() {
        String t = WorkspaceDb.table();
        assertThat(tool.run(sql("CREATE TABLE " + t + " (id int, name text, meta jsonb)"), ctx()).ok()).isTrue();
        TaskResult insert = tool.run(sql("INSERT INTO " + t + " VALUES ($1, $2, $3), ($1 + 1, $2, $3)",
                "params", List.of("7", "widget", Map.of("tags", List.of("a")))), ctx());
        assertThat(insert.data()).isEqualTo(Map.of("row_count", 2L, "rows", List.of(), "columns", List.of(), "truncated", false));

        TaskResult select = tool.run(sql("SELECT id, name, meta FROM " + t + " WHERE id = $1", "params", List.of(8)), ctx());
        assertThat(rows(select)).containsExactly(Map.of("id", 8, "name", "widget", "meta", Map.of("tags", List.of("a"))));
        assertThat(((Map<?, ?>) select.data()).get("columns")).isEqualTo(List.of(
                Map.of("name", "id", "type", "int4"), Map.of("name", "name", "type", "text"),
                Map.of("name", "meta", "type", "jsonb")));
    }

    @Test
    void withoutParamsSeveralStatementsRunAndTheLastIsDescribed() {
        String t = WorkspaceDb.table();
        TaskResult r = tool.run(sql("CREATE TABLE " + t + " (n int); INSERT INTO " + t + " VALUES (1), (2);"
                + " SELECT count(*) AS c FROM " + t), ctx());
        assertThat(rows(r)).containsExactly(Map.of("c", 2L));
    }

    @Test
    void maxRowsCutsTheResultAndSaysSo() {
        TaskResult cut = tool.run(sql("SELECT generate_series(1, 20) AS n", "max_rows", 5), ctx());
        assertThat(rows(cut)).hasSize(5);
        assertThat(WorkspaceDb.data(cut)).containsEntry("truncated", true).containsEntry("row_count", 5L);
        TaskResult exact = tool.run(sql("SELECT generate_series(1, 5) AS n", "max_rows", 5), ctx());
        assertThat(WorkspaceDb.data(exact)).containsEntry("truncated", false);
        assertThat(tool.run(sql("SELECT 1", "max_rows", 10_001), ctx()).error()).containsEntry("kind", "config");
    }

    @Test
    void aFailingScriptRollsBackEverything() {
        String t = WorkspaceDb.table();
        tool.run(sql("CREATE TABLE " + t + " (n int)"), ctx());
        TaskResult failed = tool.run(sql("INSERT INTO " + t + " VALUES (1); SELECT 1 / 0"), ctx());
        assertThat(failed.error()).containsEntry("kind", "sql").containsEntry("code", "22012");
        assertThat(rows(tool.run(sql("SELECT count(*) AS c FROM " + t), ctx()))).containsExactly(Map.of("c", 0L));
    }

    @Test
    void transactionFalseAllowsStatementsThatRefuseATransactionBlock() {
        String name = WorkspaceDb.table();
        TaskResult inTx = tool.run(sql("CREATE DATABASE " + name), ctx());
        assertThat(inTx.error()).containsEntry("code", "25001");
        assertThat(tool.run(sql("CREATE DATABASE " + name, "transaction", false), ctx()).ok()).isTrue();
        assertThat(tool.run(sql("DROP DATABASE " + name, "transaction", false), ctx()).ok()).isTrue();
    }

    @Test
    void aMissingTableCarriesItsSqlstateAndIsNotRetryable() {
        TaskResult r = tool.run(sql("SELECT * FROM no_such_table_here"), ctx());
        assertThat(r.status()).isEqualTo("error");
        assertThat(r.error()).containsEntry("kind", "sql").containsEntry("code", "42P01").containsEntry("retryable", false);
        assertThat(r.pg()).containsEntry("sqlstate", "42P01");
    }

    @Test
    void aValueThatCannotBecomeTheInferredTypeNamesItsParameter() {
        TaskResult r = tool.run(sql("SELECT $1::int + $2::int AS n", "params", List.of(1, "abc")), ctx());
        assertThat(r.error()).containsEntry("kind", "sql");
        assertThat((String) r.error().get("message")).contains("$2").contains("int4");
    }

    @Test
    void paramsRequireASingleStatement() {
        TaskResult r = tool.run(sql("SELECT $1; SELECT 2", "params", List.of(1)), ctx());
        assertThat(r.error()).containsEntry("kind", "sql");
        assertThat(tool.run(sql("SELECT ';' || $1 AS s; -- trailing", "params", List.of("x")), ctx()).ok()).isTrue();
    }

    @Test
    void commandAndQueryAreSynonymsButNotBoth() {
        Map<String, Object> both = sql("SELECT 1", "query", "SELECT 2");
        assertThat(tool.run(both, ctx()).error()).containsEntry("kind", "config");
        Map<String, Object> query = sql("x");
        query.remove("command");
        query.put("query", "SELECT 2 AS n");
        assertThat(rows(tool.run(query, ctx()))).containsExactly(Map.of("n", 2));
        assertThat(tool.run(sql("SELECT 1", "host", "elsewhere"), ctx()).error()).containsEntry("kind", "config");
    }
}
