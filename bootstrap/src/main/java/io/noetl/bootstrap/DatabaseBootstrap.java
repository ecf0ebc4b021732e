package io.noetl.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs deploy/postgres/bootstrap.sql (packaged at {@value #SCRIPT}) as a superuser. The script is
 * idempotent, so this runs at every launcher start and once per test JVM.
 */
public final class DatabaseBootstrap {

    public static final String SCRIPT = "noetl/bootstrap/bootstrap.sql";
    private static final String ADMIN_DB = "postgres";

    private DatabaseBootstrap() {
    }

    public static void run(PgServer server, BootstrapSettings settings) {
        List<PsqlScript.Step> steps = PsqlScript.parse(script(), settings.psqlVariables());
        String database = ADMIN_DB;
        Connection conn = null;
        try {
            conn = server.connectAsSuperuser(database);
            for (PsqlScript.Step step : steps) {
                if (step.kind() == PsqlScript.Step.Kind.CONNECT) {
                    conn.close();
                    database = step.text();
                    conn = server.connectAsSuperuser(database);
                } else {
                    execute(conn, step);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database bootstrap failed in database '" + database + "': "
                    + e.getMessage(), e);
        } finally {
            closeQuietly(conn);
        }
    }

    private static void execute(Connection conn, PsqlScript.Step step) throws SQLException {
        try (Statement st = conn.createStatement()) {
            if (step.kind() == PsqlScript.Step.Kind.SQL) {
                st.execute(step.text());
                return;
            }
            // \gexec: every non-null value of the result is itself a statement, run in order.
            List<String> generated = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(step.text())) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        if (rs.getString(c) != null) generated.add(rs.getString(c));
                    }
                }
            }
            for (String sql : generated) st.execute(sql);
        }
    }

    static String script() {
        try (InputStream in = DatabaseBootstrap.class.getClassLoader().getResourceAsStream(SCRIPT)) {
            if (in == null) throw new IllegalStateException(SCRIPT + " is not on the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Connection conn) {
        try {
            if (conn != null) conn.close();
        } catch (SQLException ignored) {
            // closing after a failure: the original error is the one worth reporting
        }
    }
}
