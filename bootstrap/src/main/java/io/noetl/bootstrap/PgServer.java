package io.noetl.bootstrap;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Where a PostgreSQL server listens and how a superuser logs in (password may be null). */
public record PgServer(String host, int port, String superuser, String superuserPassword) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Opens a connection as {@code user} to {@code database}. */
    public Connection connect(String database, String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        p.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcUrl(database), p);
    }

    public Connection connectAsSuperuser(String database) throws SQLException {
        return connect(database, superuser, superuserPassword);
    }
}
