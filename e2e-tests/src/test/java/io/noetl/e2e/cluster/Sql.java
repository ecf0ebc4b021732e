package io.noetl.e2e.cluster;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL oracles: the verdicts of the fault tests come from the platform's tables, never from log lines. */
public final class Sql {

    private final PgServer server;
    private final BootstrapSettings settings;

    public Sql(PgServer server, BootstrapSettings settings) {
        this.server = server;
        this.settings = settings;
    }

    /** The first column of every row, as text, of a query run in the platform database as role noetl. */
    public List<String> column(String query, Object... args) throws SQLException {
        try (Connection c = server.connect(settings.noetlDb(), settings.noetlUser(), settings.noetlPassword());
             PreparedStatement st = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) rows.add(rs.getString(1));
            }
            return rows;
        }
    }

    /** The single value of a one-row, one-column query (null when there is no row). */
    public String one(String query, Object... args) throws SQLException {
        List<String> rows = column(query, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Runs a statement as the superuser (test setup such as creating a role). */
    public void admin(String database, String statement) throws SQLException {
        try (Connection c = server.connectAsSuperuser(database); var st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
