package io.noetl.worker.tool;

import io.noetl.worker.tool.CredentialSource.CredentialProblem;
import io.noetl.worker.tool.ToolFields.ConfigProblem;
import io.noetl.worker.tool.sql.PgConnections;
import io.noetl.worker.tool.sql.PgCredential;
import io.noetl.worker.tool.sql.PlatformDatabaseGuard;
import io.noetl.worker.tool.sql.SqlErrors;
import io.noetl.worker.tool.sql.SqlStatements;
import io.noetl.worker.tool.sql.StatementWatchdog;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code postgres} tool (dsl.md §6.3): runs SQL on a workspace database named by a credential. */
public final class PostgresTool implements Tool {

    /** Connection settings belong in a credential, never in the task (dsl.md §6.3). */
    private static final Set<String> CONNECTION_FIELDS = Set.of("host", "port", "database", "user", "password",
            "db_host", "db_port", "db_name", "db_user", "db_password", "connection_string", "dsn");

    private final PlatformDatabaseGuard platform;

    public PostgresTool(PlatformDatabaseGuard platform) {
        this.platform = platform;
    }

    @Override
    public String kind() {
        return "postgres";
    }

    @Override
    public TaskResult run(Map<String, Object> fields, ToolContext ctx) {
        try {
            CONNECTION_FIELDS.stream().filter(fields::containsKey).findFirst().ifPresent(f -> {
                throw new ConfigProblem("field " + f + " is not allowed: connection settings come from auth");
            });
            String sql = ToolFields.text(fields, ToolFields.exactlyOne(fields, "command", "query"));
            int maxRows = ToolFields.maxRows(fields);
            boolean transaction = ToolFields.flag(fields, "transaction", true);
            List<?> params = fields.get("params") == null ? null : ToolFields.list(fields, "params");
            PgCredential credential = PgCredential.resolve(ctx.credentials(), ToolFields.text(fields, "auth"));
            platform.check(credential);
            return execute(credential, sql, params, maxRows, transaction, ctx);
        } catch (ConfigProblem e) {
            return e.result();
        } catch (CredentialProblem e) {
            return TaskResult.error("auth", e.getMessage(), false);
        } catch (PlatformDatabaseGuard.Forbidden e) {
            return e.result();
        }
    }

    private TaskResult execute(PgCredential credential, String sql, List<?> params, int maxRows,
            boolean transaction, ToolContext ctx) {
        try (StatementWatchdog watchdog = new StatementWatchdog(ctx)) {
            Connection c;
            try {
                c = PgConnections.open(credential);
            } catch (SQLException e) {
                return SqlErrors.connect(credential.name(), e);
            }
            try (c) {
                c.setAutoCommit(!transaction);
                return SqlTransaction.run(c, transaction, watchdog,
                        () -> SqlStatements.postgres(c, sql, params, maxRows, watchdog), SqlErrors::sql);
            } catch (SQLException e) {
                return SqlErrors.sql(e); // closing failed after the work was done or rolled back
            }
        }
    }
}
