package io.noetl.worker.tool.sql;

import io.noetl.worker.tool.CredentialSource.CredentialProblem;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

/** Opens one workspace connection from a {@link PgCredential}; no pool yet, so each run pays one connect. */
public final class PgConnections {

    /** Host names and IP literals only: a '/' or '?' would let a credential smuggle driver options into the URL. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._:%-]+");
    /** Seconds to wait for the server: a dead host should fail the attempt quickly, not eat its timeout. */
    private static final String CONNECT_TIMEOUT_S = "5";

    private PgConnections() {
    }

    public static Connection open(PgCredential c) throws SQLException {
        if (!HOST.matcher(c.host()).matches()) {
            throw new CredentialProblem("credential '" + c.name() + "' has an invalid host");
        }
        String host = c.host().contains(":") ? "[" + c.host() + "]" : c.host();
        String url = "jdbc:postgresql://" + host + ":" + c.port() + "/"
                + URLEncoder.encode(c.database(), StandardCharsets.UTF_8);
        Properties p = new Properties();
        p.setProperty("user", c.user());
        p.setProperty("password", c.password());
        p.setProperty("connectTimeout", CONNECT_TIMEOUT_S);
        p.setProperty("ApplicationName", "noetl-worker");
        if (c.sslmode() != null) p.setProperty("sslmode", c.sslmode());
        return DriverManager.getConnection(url, p);
    }
}
