package io.noetl.worker.tool.sql;

import io.noetl.worker.tool.ToolFields.ConfigProblem;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** One {@code attach} entry of the duckdb tool: a postgres credential attached under alias {@code as}. */
public record DuckdbAttach(PgCredential credential, String alias, boolean readOnly) {

    private static final Pattern ALIAS = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    public DuckdbAttach {
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw new ConfigProblem("attach 'as' must be a plain identifier");
        }
    }

    /**
     * Loads the postgres extension (never downloaded: autoinstall is off) and attaches. A missing extension is a
     * worker-image problem, answered as kind {@code config} naming it.
     */
    public void attach(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            try {
                st.execute("LOAD postgres");
            } catch (SQLException e) {
                throw new ConfigProblem("attach needs the DuckDB postgres extension, which is not installed on this worker");
            }
            String options = readOnly ? "TYPE postgres, READ_ONLY" : "TYPE postgres";
            st.execute("ATTACH '" + libpq().replace("'", "''") + "' AS " + alias + " (" + options + ")");
        }
    }

    /** libpq key='value' pairs; quoting every value keeps spaces and quotes in a password from adding keys. */
    private String libpq() {
        StringBuilder b = new StringBuilder();
        pair(b, "host", credential.host());
        pair(b, "port", String.valueOf(credential.port()));
        pair(b, "dbname", credential.database());
        pair(b, "user", credential.user());
        pair(b, "password", credential.password());
        if (credential.sslmode() != null) pair(b, "sslmode", credential.sslmode());
        return b.toString().trim();
    }

    private static void pair(StringBuilder b, String key, String value) {
        b.append(key).append("='").append(value.replace("\\", "\\\\").replace("'", "\\'")).append("' ");
    }
}
