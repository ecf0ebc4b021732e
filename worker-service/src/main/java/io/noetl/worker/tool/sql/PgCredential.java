package io.noetl.worker.tool.sql;

import io.noetl.worker.tool.CredentialSource;
import io.noetl.worker.tool.CredentialSource.CredentialProblem;
import java.util.Map;

/** The data of a {@code postgres} credential (dsl.md §10); upstream {@code db_*} field names are accepted too. */
public record PgCredential(String name, String host, int port, String database, String user, String password,
        String sslmode) {

    /** Resolves {@code name} and checks its type; anything unusable is a {@link CredentialProblem} naming it. */
    public static PgCredential resolve(CredentialSource credentials, String name) {
        Map<String, Object> credential = credentials.resolve(name);
        if (credential == null) throw new CredentialProblem("credential '" + name + "' not found");
        if (!"postgres".equals(credential.get("type"))) {
            throw new CredentialProblem("credential '" + name + "' has type " + credential.get("type")
                    + ", the tool needs postgres");
        }
        Map<?, ?> data = credential.get("data") instanceof Map<?, ?> m ? m : Map.of();
        String port = field(data, "port", "5432");
        try {
            return new PgCredential(name, field(data, "host", null), Integer.parseInt(port),
                    field(data, "database", null), field(data, "user", null), field(data, "password", ""),
                    optional(data, "sslmode"));
        } catch (NumberFormatException e) {
            throw new CredentialProblem("credential '" + name + "' has a port that is not a number");
        }
    }

    private static String field(Map<?, ?> data, String key, String dflt) {
        String v = optional(data, key);
        if (v != null) return v;
        if (dflt == null) throw new CredentialProblem("postgres credential lacks field " + key);
        return dflt;
    }

    private static String optional(Map<?, ?> data, String key) {
        Object v = data.get(key) != null ? data.get(key) : data.get("db_" + key);
        if (v == null && key.equals("database")) v = data.get("dbname");
        if (v == null && key.equals("user")) v = data.get("username");
        return v == null ? null : String.valueOf(v);
    }
}
