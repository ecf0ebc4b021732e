package io.noetl.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.platform.PgTestBase;
import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationsTest extends PgTestBase {

    @Test
    void everyTableOfTheSchemaContractExists() {
        List<String> tables = sql("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = 'noetl' AND table_type = 'BASE TABLE'""")
                .stream().map(r -> r.getString(0)).toList();
        assertThat(tables).contains("resource", "catalog", "credential", "execution", "step_state", "event",
                "command", "transient", "keychain", "runtime", "lease", "schedule", "schedule_fire");
        assertThat(sql("SELECT count(*) FROM event_log").get(0).getLong(0)).isNotNull();
    }

    @Test
    void everyObjectInTheSchemaIsOwnedByThePlatformRole() {
        List<Row> foreign = sql("""
                SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = 'noetl' AND pg_get_userbyid(c.relowner) <> 'noetl'
                UNION ALL
                SELECT p.proname, pg_get_userbyid(p.proowner) FROM pg_proc p
                  JOIN pg_namespace n ON n.oid = p.pronamespace
                 WHERE n.nspname = 'noetl' AND pg_get_userbyid(p.proowner) <> 'noetl'
                UNION ALL
                SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace
                 WHERE nspname = 'noetl' AND pg_get_userbyid(nspowner) <> 'noetl'""");
        assertThat(foreign).isEmpty();
        assertThat(sql("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'noetl'")
                .get(0).getLong(0)).isGreaterThan(20);
    }

    @Test
    void resourceKindsAreSeeded() {
        List<String> kinds = sql("SELECT name FROM resource ORDER BY name").stream().map(r -> r.getString(0)).toList();
        assertThat(kinds).contains("playbook", "credential", "agent", "mcp", "memory");
        assertThat(sql("SELECT (meta->>'executable')::boolean FROM resource WHERE name = 'playbook'").get(0).getBoolean(0))
                .isTrue();
    }

    @Test
    void snowflakeIdsIncreaseAndEncodeCreationTimeAndShard() {
        Row row = sql("""
                SELECT a, b, ((a >> 23) + 1704067200000) AS ms, (a >> 18) & 31 AS shard,
                       (extract(epoch FROM clock_timestamp()) * 1000)::bigint AS now_ms
                  FROM (SELECT snowflake_id() AS a, snowflake_id() AS b) ids""").get(0);
        assertThat(row.getLong("b")).isGreaterThan(row.getLong("a"));
        assertThat(row.getLong("shard")).isEqualTo(1);
        assertThat(Math.abs(row.getLong("now_ms") - row.getLong("ms"))).isLessThan(60_000);
    }
}
