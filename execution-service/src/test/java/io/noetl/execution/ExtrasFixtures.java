package io.noetl.execution;

import io.noetl.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Rows the extras routes read but do not write (catalog, execution, step_state), inserted with SQL; each call
 * makes fresh rows, so no test depends on another's data. Also the SQL oracle for what the routes stored.
 */
final class ExtrasFixtures {

    private ExtrasFixtures() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A playbook catalog entry at a fresh path. */
    static long catalogEntry() throws SQLException {
        return id("""
                INSERT INTO noetl.catalog (path, version, kind, content, content_sha256)
                VALUES (?, 1, 'playbook', 'kind: Playbook', md5(random()::text)) RETURNING catalog_id""",
                "tests/" + unique("extras-"));
    }

    /** A running top-level execution (its own root). */
    static long execution(long catalogId, String workload, String ctx) throws SQLException {
        return id("""
                INSERT INTO noetl.execution (execution_id, catalog_id, root_execution_id, status, workload, ctx)
                SELECT s.id, ?, s.id, 'RUNNING', ?::jsonb, ?::jsonb FROM (SELECT noetl.snowflake_id() AS id) s
                RETURNING execution_id""", catalogId, workload, ctx);
    }

    static long execution() throws SQLException {
        return execution(catalogEntry(), "{}", "{}");
    }

    /** A sub-playbook execution under {@code parent}, in the parent's tree. */
    static long child(long parent) throws SQLException {
        return id("""
                INSERT INTO noetl.execution (catalog_id, parent_execution_id, root_execution_id, status, workload)
                SELECT catalog_id, execution_id, root_execution_id, 'RUNNING', '{}' FROM noetl.execution
                 WHERE execution_id = ? RETURNING execution_id""", parent);
    }

    static void step(long executionId, String name, String status, String resultJson) throws SQLException {
        sql("INSERT INTO noetl.step_state (execution_id, step_name, status, result) VALUES (?, ?, ?, ?::jsonb)",
                executionId, name, status, resultJson);
    }

    /** An id the database never issued: snowflakes are far larger. */
    static String unknownId() {
        return Long.toString(1_000_000 + (long) (Math.random() * 1_000_000));
    }

    /** Runs one statement; for a query, its rows' first columns joined by newlines. */
    static String sql(String statement, Object... args) throws SQLException {
        TestDatabase db = TestDatabase.get();
        try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
             PreparedStatement st = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
            if (!st.execute()) return Integer.toString(st.getUpdateCount());
            StringBuilder out = new StringBuilder();
            try (ResultSet rs = st.getResultSet()) {
                while (rs.next()) out.append(rs.getString(1)).append('\n');
            }
            return out.toString();
        }
    }

    private static long id(String statement, Object... args) throws SQLException {
        return Long.parseLong(sql(statement, args).trim());
    }
}
