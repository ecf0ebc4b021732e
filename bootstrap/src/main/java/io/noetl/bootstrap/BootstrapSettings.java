package io.noetl.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names and passwords of the two databases (architecture.md §2), read from the same environment
 * variables the services and deploy/postgres/bootstrap.sh use.
 */
public record BootstrapSettings(String noetlDb, String noetlSchema, String noetlUser, String noetlPassword,
                                String demoDb, String demoSchema, String demoUser, String demoPassword) {

    /** Development passwords, used only when the environment names none (launcher and tests). */
    public static final String DEV_NOETL_PASSWORD = "noetl";
    public static final String DEV_DEMO_PASSWORD = "demo";

    public static BootstrapSettings fromEnv(Map<String, String> env) {
        return new BootstrapSettings(
                env.getOrDefault("NOETL_POSTGRES_DB", "noetl"),
                env.getOrDefault("NOETL_SCHEMA", "noetl"),
                env.getOrDefault("NOETL_USER", "noetl"),
                env.getOrDefault("NOETL_PASSWORD", DEV_NOETL_PASSWORD),
                env.getOrDefault("POSTGRES_DB", "demo_noetl"),
                env.getOrDefault("POSTGRES_SCHEMA", "public"),
                env.getOrDefault("POSTGRES_USER", "demo"),
                env.getOrDefault("POSTGRES_PASSWORD", DEV_DEMO_PASSWORD));
    }

    public static BootstrapSettings defaults() {
        return fromEnv(Map.of());
    }

    /** The psql variables bootstrap.sql expects. */
    public Map<String, String> psqlVariables() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("noetl_db", noetlDb);
        v.put("noetl_schema", noetlSchema);
        v.put("noetl_user", noetlUser);
        v.put("noetl_password", noetlPassword);
        v.put("demo_db", demoDb);
        v.put("demo_schema", demoSchema);
        v.put("demo_user", demoUser);
        v.put("demo_password", demoPassword);
        return v;
    }

    /** The environment a service process needs to reach the platform database on host:port. */
    public Map<String, String> serviceEnv(String host, int port) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("POSTGRES_HOST", host);
        env.put("POSTGRES_PORT", Integer.toString(port));
        env.put("NOETL_POSTGRES_DB", noetlDb);
        env.put("NOETL_SCHEMA", noetlSchema);
        env.put("NOETL_USER", noetlUser);
        env.put("NOETL_PASSWORD", noetlPassword);
        env.put("POSTGRES_DB", demoDb);
        env.put("POSTGRES_SCHEMA", demoSchema);
        return env;
    }
}
