package io.noetl.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC to the platform database, as the platform role: the benchmark reads its raw figures (timestamps of
 * commands, events and executions, server statistics) straight from the tables the services write.
 */
final class Db implements AutoCloseable {

    private final Connection connection;
    private final Map<String, String> serviceEnv = new LinkedHashMap<>();

    private Db(Connection connection) {
        this.connection = connection;
    }

    /** The same names and development defaults as the launcher (BootstrapSettings). */
    static Db connect(int port, Map<String, String> env) throws SQLException {
        String db = env.getOrDefault("NOETL_POSTGRES_DB", "noetl");
        String schema = env.getOrDefault("NOETL_SCHEMA", "noetl");
        String user = env.getOrDefault("NOETL_USER", "noetl");
        String password = env.getOrDefault("NOETL_PASSWORD", "noetl");
        Db d = new Db(DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + db + "?currentSchema=" + schema
                + "&ApplicationName=noetl-bench", user, password));
        d.serviceEnv.putAll(Map.of("POSTGRES_HOST", "localhost", "POSTGRES_PORT", Integer.toString(port),
                "NOETL_POSTGRES_DB", db, "NOETL_SCHEMA", schema, "NOETL_USER", user, "NOETL_PASSWORD", password,
                "POSTGRES_DB", env.getOrDefault("POSTGRES_DB", "demo_noetl"),
                "POSTGRES_SCHEMA", env.getOrDefault("POSTGRES_SCHEMA", "public")));
        return d;
    }

    Map<String, String> serviceEnv() {
        return serviceEnv;
    }

    List<Map<String, Object>> rows(String sql, Object... params) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) st.setObject(i + 1, params[i]);
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<Map<String, Object>> out = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) row.put(md.getColumnLabel(c), rs.getObject(c));
                    out.add(row);
                }
                return out;
            }
        }
    }

    Map<String, Object> row(String sql, Object... params) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, params);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    /** One numeric column of every row (nulls skipped). */
    List<Double> numbers(String sql, Object... params) throws SQLException {
        List<Double> out = new ArrayList<>();
        for (Map<String, Object> r : rows(sql, params)) {
            Object v = r.values().iterator().next();
            if (v instanceof Number n) out.add(n.doubleValue());
        }
        return out;
    }

    double number(String sql, Object... params) throws SQLException {
        List<Double> n = numbers(sql, params);
        return n.isEmpty() ? Double.NaN : n.get(0);
    }

    void awaitReadyWorkers(int n, Duration timeout) throws SQLException, InterruptedException {
        await(timeout, "ready workers >= " + n, () -> number(Sql.READY_WORKERS) >= n);
    }

    /** No execution left running (the launcher's examples, an earlier variant). */
    void awaitQuiet(Duration timeout) throws SQLException, InterruptedException {
        await(timeout, "no active execution", () -> number(Sql.ACTIVE_EXECUTIONS) == 0);
    }

    interface Check {
        boolean ok() throws SQLException;
    }

    static void await(Duration timeout, String what, Check check) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.ok()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("timed out waiting for " + what);
            Thread.sleep(200);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the server may already be stopping
        }
    }
}
