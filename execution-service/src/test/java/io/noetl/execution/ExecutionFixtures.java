package io.noetl.execution;

import io.noetl.playbook.PlaybookValidator;
import io.noetl.playbook.template.TemplateEngine;
import io.noetl.playbook.validation.ValidationResult;
import io.noetl.playbook.yaml.SafeYaml;
import io.noetl.playbook.yaml.YamlLimits;
import io.noetl.testsupport.TestDatabase;
import io.vertx.core.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

/**
 * Rows for the read tests, inserted with SQL because executions cannot be started through the API yet.
 * Playbooks go through the real validator so the catalog holds the payload registration would store.
 * Every test works on its own fresh playbook path, so no test depends on what others inserted.
 */
final class ExecutionFixtures {

    /** examples/hello_world.yaml at another path: greet → check → long_greeting | short_greeting. */
    static final String HELLO = """
            apiVersion: noetl.io/v2
            kind: Playbook
            metadata: {name: hello_world, path: %s}
            workload: {who: World}
            workflow:
              - step: greet
                tool: {kind: python, args: {name: "{{ who }}"}, code: "result = {'n': len(name)}"}
                next: check
              - step: check
                next:
                  spec: {mode: exclusive}
                  arcs: [{step: long_greeting, when: "{{ greet.n > 3 }}"}, {step: short_greeting}]
              - step: long_greeting
                loop: {in: [1, 2, 3], iterator: i}
                tool: {kind: noop}
              - {step: short_greeting, tool: {kind: noop}}
            """;

    private ExecutionFixtures() {
    }

    static String freshPath() {
        return "tests/reads-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Registers the hello playbook at a fresh path, as catalog-service would store it; returns catalog_id. */
    static long playbook(String path) throws Exception {
        String yaml = HELLO.formatted(path);
        ValidationResult r = new PlaybookValidator(new TemplateEngine()).validate(new SafeYaml(YamlLimits.defaults()).parse(yaml));
        if (!r.ok()) throw new IllegalStateException("fixture playbook invalid: " + r.errors());
        return id("""
                INSERT INTO noetl.catalog (path, version, kind, content, content_sha256, payload, meta)
                VALUES (?, 1, 'playbook', ?, md5(?), ?::jsonb, '{}') RETURNING catalog_id""",
                path, yaml, yaml, Json.encode(r.normalized()));
    }

    /** A catalog version without a payload, as a non-playbook kind or a legacy row might be. */
    static long bareCatalog(String path) throws Exception {
        return id("""
                INSERT INTO noetl.catalog (path, version, kind, content, content_sha256, meta)
                VALUES (?, 1, 'playbook', 'x', md5(?), '{}') RETURNING catalog_id""", path, path);
    }

    /** An execution row; status, timestamps and JSON columns as given (null = column default or null). */
    static long execution(long catalogId, String path, String status, Long parentId, String createdAt,
            String workload, String ctx, String result, String error) throws Exception {
        // A top-level execution is its own root, so the id is drawn first and used twice.
        return id("""
                WITH fresh AS (SELECT noetl.snowflake_id() AS id)
                INSERT INTO noetl.execution (execution_id, catalog_id, path, version, status, parent_execution_id,
                    root_execution_id, workload, ctx, result, error, trigger, created_at, ended_at)
                SELECT fresh.id, ?, ?, 1, ?, ?::bigint, coalesce(?::bigint, fresh.id), coalesce(?::jsonb, '{}'),
                    coalesce(?::jsonb, '{}'), ?::jsonb, ?::jsonb, '{"type": "api"}', coalesce(?::timestamptz, now()),
                    CASE WHEN ? IN ('COMPLETED', 'FAILED', 'CANCELLED')
                         THEN coalesce(?::timestamptz, now()) + interval '72 seconds' END
                  FROM fresh
                RETURNING execution_id""",
                catalogId, path, status, parentId, parentId, workload, ctx, result, error, createdAt, status, createdAt);
    }

    static long execution(long catalogId, String path, String status) throws Exception {
        return execution(catalogId, path, status, null, null, null, null, null, null);
    }

    /** A step_state row; startedSecondsAgo null = not started; loop = {total, done, failed} or null. */
    static void step(long executionId, String name, String status, Integer startedSecondsAgo, String result,
            String error, int[] loop) throws Exception {
        exec("""
                INSERT INTO noetl.step_state (execution_id, step_name, status, run_count, result, error, started_at, ended_at,
                    loop_total, loop_done, loop_failed)
                VALUES (?, ?, ?, 1, ?::jsonb, ?::jsonb, now() - make_interval(secs => ?::int),
                    CASE WHEN ? IN ('COMPLETED', 'FAILED', 'SKIPPED') THEN now() END, ?, ?, ?)""",
                executionId, name, status, result, error, startedSecondsAgo, status,
                loop == null ? 0 : loop[0], loop == null ? 0 : loop[1], loop == null ? 0 : loop[2]);
    }

    /** An event of the log; meta is JSON text or null. */
    static long event(long executionId, long catalogId, String type, String node, String status, String meta) throws Exception {
        return id("""
                INSERT INTO noetl.event (execution_id, catalog_id, event_type, node_name, status, meta)
                VALUES (?, ?, ?, ?, ?, ?::jsonb) RETURNING event_id""", executionId, catalogId, type, node, status, meta);
    }

    static long command(long executionId, long catalogId, String step, String toolKind, int attempt, String workerId) throws Exception {
        return id("""
                INSERT INTO noetl.command (execution_id, catalog_id, step_name, tool_kind, status, attempt, worker_id, context)
                VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, '{}') RETURNING command_id""",
                executionId, catalogId, step, toolKind, attempt, workerId);
    }

    static void exec(String sql, Object... args) throws Exception {
        try (Connection c = connect(); PreparedStatement st = prepare(c, sql, args)) {
            st.executeUpdate();
        }
    }

    private static long id(String sql, Object... args) throws Exception {
        try (Connection c = connect(); PreparedStatement st = prepare(c, sql, args); ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws Exception {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) st.setObject(i + 1, args[i]);
        return st;
    }

    private static Connection connect() throws Exception {
        TestDatabase db = TestDatabase.get();
        return db.server().connect(db.settings().noetlDb(), db.settings().noetlUser(), db.settings().noetlPassword());
    }
}
