package io.noetl.catalog;

import io.noetl.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/** Playbook documents and SQL oracles for catalog tests; each test gets its own path. */
final class CatalogFixtures {

    private CatalogFixtures() {
    }

    static String freshPath() {
        return "tests/" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A small valid playbook at {@code path}; {@code marker} changes the content without changing meaning. */
    static String playbook(String path, String marker) {
        return """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata:
                  name: hello
                  path: %s
                  description: Says hello (%s)
                  labels:
                    team: qa
                workload:
                  greeting: hello
                workflow:
                  - step: start
                    tool:
                      kind: noop
                """.formatted(path, marker);
    }

    /** Rows stored for a path, read directly: the oracle for "nothing stored". */
    static int rowsAt(String path) throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM noetl.catalog WHERE path = ?")) {
            st.setString(1, path);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static int catalogRows() throws Exception {
        TestDatabase db = TestDatabase.get();
        try (Connection c = db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
             PreparedStatement st = c.prepareStatement("SELECT count(*) FROM noetl.catalog");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
