package io.noetl.worker.tool;

import static io.noetl.worker.tool.WorkspaceDb.ctx;
import static io.noetl.worker.tool.WorkspaceDb.rows;
import static io.noetl.worker.tool.WorkspaceDb.sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dsl.md §6.3's value mapping, column by column, and the conversions of JSON params to inferred types. */
class PostgresTypeMappingTest {

    private final PostgresTool tool = new PostgresTool(WorkspaceDb.guard());

    @Test
    void eachColumnTypeMapsToItsJsonForm() {
        TaskResult r = tool.run(sql("""
                SELECT 1::int2 AS i2, 2::int4 AS i4, 3::int8 AS i8, 1.5::float4 AS f4, 2.25::float8 AS f8,
                       12.340::numeric AS num, true AS b, '{"a":[1,2]}'::json AS j, '{"b":null}'::jsonb AS jb,
                       date '2024-02-29' AS d, timestamp '2024-02-29 13:45:00' AS ts,
                       timestamptz '2024-02-29 13:45:00.5+02' AS tstz,
                       'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, '\\xdeadbeef'::bytea AS bin,
                       ARRAY[1, 2] AS ints, ARRAY['x', NULL] AS texts, ARRAY[1.50]::numeric[] AS nums,
                       ARRAY['{"k":1}'::jsonb] AS jsons, NULL::int AS nothing, 'hi' AS t"""), ctx());
        Map<String, Object> expected = new HashMap<>();
        expected.putAll(Map.of("i2", 1, "i4", 2, "i8", 3L, "f4", 1.5f, "f8", 2.25, "num", "12.340", "b", true,
                "j", Map.of("a", List.of(1, 2)), "d", "2024-02-29", "ts", "2024-02-29T13:45:00"));
        expected.putAll(Map.of("tstz", "2024-02-29T11:45:00.5Z", "u", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
                "bin", "3q2+7w==", "ints", List.of(1, 2), "texts", Arrays.asList("x", null), "nums", List.of("1.50"),
                "jsons", List.of(Map.of("k", 1)), "t", "hi"));
        Map<String, Object> jsonbWithNull = new HashMap<>();
        jsonbWithNull.put("b", null);
        expected.put("jb", jsonbWithNull);
        expected.put("nothing", null);
        assertThat(rows(r).get(0)).isEqualTo(expected);
    }

    @Test
    void paramsAreConvertedToTheTypesPostgresInfers() {
        String t = WorkspaceDb.table();
        tool.run(sql("CREATE TABLE " + t + " (n int, x numeric, ok bool, d date, ts timestamptz, id uuid,"
                + " label text, doc jsonb, tags int[])"), ctx());
        TaskResult insert = tool.run(sql("INSERT INTO " + t + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                "params", List.of("5", "12.50", "true", "2024-01-02", "2024-01-02T03:04:05+01:00",
                        "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", 42, Map.of("k", List.of(1)), List.of(3, 4))), ctx());
        assertThat(insert.ok()).as("%s", insert.error()).isTrue();
        TaskResult back = tool.run(sql("SELECT n, x, ok, d, ts, id, label, doc, tags FROM " + t), ctx());
        assertThat(rows(back).get(0)).containsEntry("n", 5).containsEntry("x", "12.50").containsEntry("ok", true)
                .containsEntry("d", "2024-01-02").containsEntry("ts", "2024-01-02T02:04:05Z")
                .containsEntry("label", "42").containsEntry("doc", Map.of("k", List.of(1)))
                .containsEntry("tags", List.of(3, 4));
    }

    @Test
    void aBadUuidOrDateFailsNamingTheParameter() {
        TaskResult r = tool.run(sql("SELECT $1::date AS d, $2::uuid AS u", "params", List.of("2024-01-02", "not-a-uuid")), ctx());
        assertThat(r.error()).containsEntry("kind", "sql");
        assertThat((String) r.error().get("message")).contains("$2").contains("uuid");
    }
}
