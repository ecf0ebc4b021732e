package io.noetl.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.e2e.cluster.Cluster;
import io.noetl.testsupport.PackagedService;
import io.noetl.testsupport.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * reliability.md §3 "two schedulers": two scheduler-service processes, both ticking, run five one-second
 * schedules for 60 s; every slot in the window is fired exactly once and started exactly one execution.
 * Verdicts come from schedule_fire and execution rows.
 */
class SchedulerExactlyOnceE2ETest {

    private static final int SCHEDULES = 5;
    private static final Duration FIRING = Duration.ofSeconds(60);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void twoSchedulersFireEverySlotOfFiveOneSecondSchedulesExactlyOnce() throws Exception {
        Cluster cluster = Cluster.get();
        try (PackagedService a = scheduler(cluster, "a");
             PackagedService b = scheduler(cluster, "b")) {
            String path = register(cluster);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < SCHEDULES; i++) {
                PackagedService via = i % 2 == 0 ? a : b;
                String created = send(via, "POST", "/api/schedules",
                        "{\"playbook_path\": \"" + path + "\", \"cron\": \"* * * * * *\", \"input_payload\": {\"n\": " + i + "}}");
                assertThat(created).startsWith("201");
                ids.add(field(created, "schedule_id"));
            }
            Thread.sleep(FIRING.toMillis());
            for (String id : ids) assertThat(send(b, "POST", "/api/schedules/" + id + "/pause", "")).startsWith("200");
            Long[] scheduleIds = ids.stream().map(Long::valueOf).toArray(Long[]::new);
            await().atMost(Duration.ofSeconds(60)).until(() -> sql(
                    "SELECT count(*) FROM noetl.schedule_fire WHERE schedule_id = ANY(?) AND status = 'STARTING'", (Object) scheduleIds).equals(List.of("0")));

            for (String id : ids) {
                long sid = Long.parseLong(id);
                List<String> gaps = sql("""
                        SELECT extract(epoch FROM fire_time - lag(fire_time) OVER (ORDER BY fire_time))::text
                          FROM noetl.schedule_fire WHERE schedule_id = ? ORDER BY fire_time""", sid);
                assertThat(gaps.size()).as("slots fired by schedule %s", id).isGreaterThanOrEqualTo(55);
                assertThat(gaps.subList(1, gaps.size())).as("consecutive slots one second apart: none missed, none doubled")
                        .allMatch(g -> Double.parseDouble(g) == 1.0);
                // The run covers the whole window: from the first slot after creation to the pause (updated_at).
                assertThat(sql("""
                        SELECT (min(f.fire_time) BETWEEN s.created_at - interval '1 second' AND s.created_at + interval '1 second')
                               || ' ' || (max(f.fire_time) >= s.updated_at - interval '3 seconds')
                               || ' ' || (max(f.fire_time) <= s.updated_at + interval '1 second')
                          FROM noetl.schedule_fire f JOIN noetl.schedule s USING (schedule_id)
                         WHERE f.schedule_id = ? GROUP BY s.created_at, s.updated_at""", sid)).containsExactly("true true true");
                assertThat(sql("""
                        SELECT count(*) FROM noetl.schedule_fire f JOIN noetl.execution e ON e.execution_id = f.execution_id
                         WHERE f.schedule_id = ? AND f.status <> 'START_FAILED' AND e.idempotency_key = 'schedule:' || f.schedule_id || ':'
                               || to_char(f.fire_time AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')""", sid))
                        .as("every slot started the one execution its key names").containsExactly(Integer.toString(gaps.size()));
                assertThat(sql("SELECT count(*) FROM noetl.execution WHERE idempotency_key LIKE ?", "schedule:" + id + ":%"))
                        .as("no execution without its slot").containsExactly(Integer.toString(gaps.size()));
            }
            long total = Long.parseLong(sql("SELECT count(*) FROM noetl.schedule_fire WHERE schedule_id = ANY(?)", (Object) scheduleIds).get(0));
            double byA = started(a);
            double byB = started(b);
            assertThat(byA + byB).as("starts counted by the two instances").isEqualTo(total);
            assertThat(byA).as("instance A started fires").isPositive();
            assertThat(byB).as("instance B started fires").isPositive();
        }
    }

    /** A scheduler process on the shared catalog and execution services, logging to target/scheduler-service-<name>.log. */
    private static PackagedService scheduler(Cluster cluster, String name) throws Exception {
        return PackagedService.start("scheduler-service", "NOETL_SCHEDULER_PORT", Map.of(
                "NOETL_RUNTIME_DISCOVERY_CATALOG_URL", cluster.catalog.url(),
                "NOETL_RUNTIME_DISCOVERY_EXECUTION_URL", cluster.execution.url()),
                "scheduler-service-" + name);
    }

    private static String register(Cluster cluster) {
        String path = "tests/exactly-once-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                apiVersion: noetl.io/v2
                kind: Playbook
                metadata: {name: tick, path: %s}
                workflow:
                  - {step: start, tool: {kind: noop}}
                """.formatted(path);
        cluster.register(yaml);
        return path;
    }

    /** Fires this instance started (its noetl_scheduler_fires_total{outcome="started"}). */
    private double started(PackagedService scheduler) throws Exception {
        String metrics = send(scheduler, "GET", "/q/metrics", null);
        Matcher m = Pattern.compile("noetl_scheduler_fires_total\\{[^}]*outcome=\"started\"[^}]*\\} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private String send(PackagedService service, String method, String path, String json) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(service.url() + path)).timeout(Duration.ofSeconds(10));
        if (json == null) req.GET();
        else req.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    private static String field(String answer, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(answer);
        assertThat(m.find()).as("%s in %s", name, answer).isTrue();
        return m.group(1);
    }

    private static List<String> sql(String query, Object... args) throws Exception {
        TestDatabase db = TestDatabase.get();
        BootstrapSettings s = db.settings();
        try (Connection c = db.server().connect(s.noetlDb(), s.noetlUser(), s.noetlPassword());
             PreparedStatement st = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Long[] ids) st.setArray(i + 1, c.createArrayOf("bigint", ids));
                else st.setObject(i + 1, args[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
