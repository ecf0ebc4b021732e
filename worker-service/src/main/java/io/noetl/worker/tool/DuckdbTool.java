package io.noetl.worker.tool;

import io.noetl.worker.tool.CredentialSource.CredentialProblem;
import io.noetl.worker.tool.ToolFields.ConfigProblem;
import io.noetl.worker.tool.sql.DuckdbAttach;
import io.noetl.worker.tool.sql.DuckdbValues;
import io.noetl.worker.tool.sql.PgCredential;
import io.noetl.worker.tool.sql.PlatformDatabaseGuard;
import io.noetl.worker.tool.sql.PositionalSql;
import io.noetl.worker.tool.sql.SqlStatements;
import io.noetl.worker.tool.sql.StatementWatchdog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/** The {@code duckdb} tool (dsl.md §6.5): a fresh in-memory DuckDB per run, optionally attaching workspace databases. */
public final class DuckdbTool implements Tool {

    private final PlatformDatabaseGuard platform;
    private final Optional<Path> extensionDirectory;

    /** @param extensionDirectory where the worker image preinstalled extensions; empty: DuckDB's default */
    public DuckdbTool(PlatformDatabaseGuard platform, Optional<Path> extensionDirectory) {
        this.platform = platform;
        this.extensionDirectory = extensionDirectory;
    }

    @Override
    public String kind() {
        return "duckdb";
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        try {
            String which = ToolFields.exactlyOne(fields, "query", "commands");
            int maxRows = ToolFields.maxRows(fields);
            List<?> params = ToolFields.list(fields, "params");
            if (!params.isEmpty() && which.equals("commands")) throw new ConfigProblem("params need query, not commands");
            List<DuckdbAttach> attach = attachments(fields, ctx.credentials());
            String sql = which.equals("query") ? ToolFields.text(fields, "query") : script(fields.get("commands"));
            // DuckDB's driver would quietly run all but the last statement of a query; the DSL says one statement
            if (which.equals("query") && PositionalSql.of(sql).severalStatements()) {
                throw new ConfigProblem("query must be one statement; use commands for a script");
            }
            try (StatementWatchdog watchdog = new StatementWatchdog(ctx); Connection c = open()) {
                prepare(c, attach);
                return SqlTransaction.run(c, false, watchdog, () -> which.equals("query")
                        ? query(c, sql, params, maxRows, watchdog)
                        : SqlStatements.script(c, sql, maxRows, watchdog, new DuckdbValues()), e -> error(e, attach));
            } catch (SQLException e) {
                return error(e, attach);
            }
        } catch (ConfigProblem e) {
            return e.result();
        } catch (CredentialProblem e) {
            return TaskResult.error("auth", e.getMessage(), false);
        } catch (PlatformDatabaseGuard.Forbidden e) {
            return e.result();
        }
    }

    /** Attaches, then locks the configuration so the author's script cannot switch extension downloads back on. */
    private static void prepare(Connection c, List<DuckdbAttach> attach) throws SQLException {
        for (DuckdbAttach a : attach) a.attach(c);
        try (var st = c.createStatement()) {
            st.execute("SET lock_configuration = true");
        }
    }

    /** Extension downloads are off from the first statement: the worker must not fetch code at run time. */
    private Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("autoinstall_known_extensions", "false");
        p.setProperty("autoload_known_extensions", "false");
        extensionDirectory.ifPresent(d -> p.setProperty("extension_directory", d.toString()));
        return DriverManager.getConnection("jdbc:duckdb:", p);
    }

    private static Map<String, Object> query(Connection c, String sql, List<?> params, int maxRows,
            StatementWatchdog watchdog) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            watchdog.watch(ps);
            DuckdbValues.bind(ps, params);
            return SqlStatements.last(ps, ps.execute(), maxRows, new DuckdbValues());
        }
    }

    private List<DuckdbAttach> attachments(Map<String, Object> fields, CredentialSource credentials) {
        List<DuckdbAttach> out = new ArrayList<>();
        for (Object entry : ToolFields.list(fields, "attach")) {
            if (!(entry instanceof Map<?, ?> m)) throw new ConfigProblem("attach entries must be maps");
            @SuppressWarnings("unchecked") Map<String, Object> a = (Map<String, Object>) m;
            PgCredential credential = PgCredential.resolve(credentials, ToolFields.text(a, "auth"));
            platform.check(credential);
            out.add(new DuckdbAttach(credential, ToolFields.text(a, "as"), ToolFields.flag(a, "read_only", true)));
        }
        return out;
    }

    private static String script(Object commands) {
        if (commands instanceof String s && !s.isBlank()) return s;
        if (commands instanceof List<?> l && !l.isEmpty()) return String.join(";\n", l.stream().map(String::valueOf).toList());
        throw new ConfigProblem("commands must be a non-empty string or list of statements");
    }

    /** DuckDB may echo an attach string in its message; a password never leaves the worker. */
    private static TaskResult error(SQLException e, List<DuckdbAttach> attach) {
        String message = String.valueOf(e.getMessage());
        for (DuckdbAttach a : attach) {
            if (a.credential().password().length() >= 4) message = message.replace(a.credential().password(), "***");
        }
        return TaskResult.error("duckdb", message, false);
    }
}
