package io.noetl.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.DatabaseBootstrap;
import io.noetl.bootstrap.PgServer;
import io.noetl.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The role × database matrix of architecture.md §2, on the bootstrapped server. */
class DatabaseIsolationTest {

    private static PgServer server;
    private static BootstrapSettings s;

    @BeforeAll
    static void server() {
        TestDatabase db = TestDatabase.get();
        server = db.server();
        s = db.settings();
    }

    @Test
    void platformRoleReachesOnlyThePlatformDatabase() throws SQLException {
        try (Connection c = server.connect(s.noetlDb(), s.noetlUser(), s.noetlPassword())) {
            assertThat(scalar(c, "SELECT current_user")).isEqualTo(s.noetlUser());
        }
        assertRefused(s.demoDb(), s.noetlUser(), s.noetlPassword());
        assertRefused("postgres", s.noetlUser(), s.noetlPassword());
    }

    @Test
    void workspaceRoleCannotReachThePlatformDatabase() throws SQLException {
        try (Connection c = server.connect(s.demoDb(), s.demoUser(), s.demoPassword())) {
            assertThat(scalar(c, "SELECT current_database()")).isEqualTo(s.demoDb());
        }
        assertRefused(s.noetlDb(), s.demoUser(), s.demoPassword());
    }

    @Test
    void platformRoleCannotReachADatabaseTheWorkspaceRoleCreatesLater() throws SQLException {
        String later = "demo_later_" + ThreadLocalRandom.current().nextInt(1_000_000);
        try (Connection demo = server.connect(s.demoDb(), s.demoUser(), s.demoPassword());
             Statement st = demo.createStatement()) {
            st.execute("CREATE DATABASE " + later);
        }
        try {
            try (Connection c = server.connect(later, s.demoUser(), s.demoPassword())) {
                assertThat(scalar(c, "SELECT current_database()")).isEqualTo(later);
            }
            assertRefused(later, s.noetlUser(), s.noetlPassword());
        } finally {
            try (Connection demo = server.connect(s.demoDb(), s.demoUser(), s.demoPassword());
                 Statement st = demo.createStatement()) {
                st.execute("DROP DATABASE " + later);
            }
        }
    }

    @Test
    void rolesHaveExactlyTheAttributesTheSpecGivesThem() throws SQLException {
        try (Connection c = server.connectAsSuperuser("postgres")) {
            assertThat(scalar(c, "SELECT rolcanlogin::text || rolcreatedb::text || rolsuper::text FROM pg_roles WHERE rolname = '"
                    + s.noetlUser() + "'")).isEqualTo("truefalsefalse");
            assertThat(scalar(c, "SELECT rolcanlogin::text || rolcreatedb::text || rolsuper::text FROM pg_roles WHERE rolname = '"
                    + s.demoUser() + "'")).isEqualTo("truetruefalse");
            assertThat(scalar(c, "SELECT has_database_privilege('public', '" + s.noetlDb() + "', 'CONNECT')::text"))
                    .isEqualTo("false");
            assertThat(scalar(c, "SELECT has_database_privilege('public', '" + s.demoDb() + "', 'CONNECT')::text"))
                    .isEqualTo("false");
        }
    }

    @Test
    void bootstrapIsIdempotentAndKeepsOneBlockOfIsolationRules() throws SQLException {
        DatabaseBootstrap.run(server, s);
        DatabaseBootstrap.run(server, s);
        try (Connection c = server.connectAsSuperuser("postgres")) {
            assertThat(scalar(c, "SELECT count(*)::text FROM pg_hba_file_rules WHERE error IS NOT NULL")).isEqualTo("0");
            assertThat(scalar(c, "SELECT count(*)::text FROM regexp_matches(pg_read_file(current_setting('hba_file')), "
                    + "'BEGIN noetl isolation', 'g')")).isEqualTo("1");
            assertThat(scalar(c, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'noetl'"))
                    .isNull(); // the schema lives in the platform database, not in postgres
        }
        try (Connection c = server.connect(s.noetlDb(), s.noetlUser(), s.noetlPassword())) {
            assertThat(scalar(c, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '" + s.noetlSchema() + "'"))
                    .isEqualTo(s.noetlUser());
        }
    }

    private static void assertRefused(String database, String user, String password) {
        assertThatThrownBy(() -> server.connect(database, user, password).close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28000", "42501", "28P01"));
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
