package io.noetl.worker.tool;

import io.noetl.testsupport.TestDatabase;
import io.noetl.worker.tool.CredentialSource.CredentialProblem;
import io.noetl.worker.tool.sql.PlatformDatabaseGuard;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The bootstrapped test server seen as a worker sees it: credentials by name and the platform guard. */
final class WorkspaceDb {

    static final String DEMO = "demo_pg";
    static final String PLATFORM = "platform_pg";
    static final String BASIC = "basic_auth";

    private WorkspaceDb() {
    }

    static TestDatabase db() {
        return TestDatabase.get();
    }

    static PlatformDatabaseGuard guard() {
        return new PlatformDatabaseGuard(Set.of(db().settings().noetlDb()), db().server().host(), db().server().port());
    }

    /** demo_noetl as role demo; the platform database as role noetl (which the tool must refuse); a non-postgres one. */
    static CredentialSource credentials() {
        var s = db().settings();
        Map<String, Map<String, Object>> byName = new HashMap<>();
        byName.put(DEMO, pg(DEMO, s.demoDb(), s.demoUser(), s.demoPassword()));
        byName.put(PLATFORM, pg(PLATFORM, s.noetlDb(), s.noetlUser(), s.noetlPassword()));
        byName.put(BASIC, Map.of("name", BASIC, "type", "http_basic", "data", Map.of("username", "u", "password", "p4ss")));
        return name -> {
            Map<String, Object> c = byName.get(name);
            if (c == null) throw new CredentialProblem("credential '" + name + "' not found");
            return c;
        };
    }

    private static Map<String, Object> pg(String name, String database, String user, String password) {
        // upstream db_* spelling for the password, to prove both spellings are read
        Map<String, Object> data = Map.of("host", db().server().host(), "port", db().server().port(),
                "database", database, "user", user, "db_password", password);
        return Map.of("name", name, "type", "postgres", "data", data);
    }

    static ToolContext ctx() {
        return new ToolContext(Optional.empty(), () -> false, credentials());
    }

    static ToolContext ctx(Duration timeout) {
        return new ToolContext(Optional.of(timeout), () -> false, credentials());
    }

    /** A table name no other test uses, so no test depends on another's rows. */
    static String table() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Map<String, Object> sql(String sql, Object... extra) {
        Map<String, Object> f = new HashMap<>(Map.of("kind", "postgres", "auth", DEMO, "command", sql));
        for (int i = 0; i < extra.length; i += 2) f.put((String) extra[i], extra[i + 1]);
        return f;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> rows(TaskResult r) {
        return (List<Map<String, Object>>) ((Map<String, Object>) r.data()).get("rows");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> data(TaskResult r) {
        return (Map<String, Object>) r.data();
    }
}
