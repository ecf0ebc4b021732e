package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.noetl.testsupport.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The migration Job's container, run for real: the execution-service jar with the dev overlay's Job
 * environment against the test PostgreSQL (bootstrapped, not migrated). The service, started with its
 * Deployment's environment, stays unready until the Job has run, then becomes ready; the Job migrates
 * as role noetl, writes no registry row and exits 0, and running it again changes nothing.
 */
class MigrationJobTest {

    private final TestDatabase db = TestDatabase.get();

    @Test
    void theServiceWaitsUnreadyUntilTheJobHasMigratedAndTheJobIsRepeatable() throws Exception {
        Rendering dev = Renderings.of("dev");
        boolean fresh = historyRows() < 0;
        int port = freePort();
        Map<String, String> serviceEnv = cluster(Workloads.env(dev, "execution-service"));
        serviceEnv.put("NOETL_EXECUTION_PORT", Integer.toString(port));
        try (JarProcess service = JarProcess.start("execution-service", serviceEnv, "execution-service-before-migration")) {
            await().atMost(Duration.ofSeconds(120)).until(() -> JarProcess.status(port, "/q/health/live") == 200);
            if (fresh) assertThat(JarProcess.status(port, "/q/health/ready")).as("ready before any migration").isEqualTo(503);

            assertThat(runJob(dev, "migrate-job")).as("migration Job exit code").isZero();
            await().atMost(Duration.ofSeconds(60)).until(() -> JarProcess.status(port, "/q/health/ready") == 200);

            assertThat(query("SELECT max(version::int) FROM flyway_schema_history")).isEqualTo(latestMigration());
            assertThat(query("SELECT count(*) FROM pg_tables WHERE schemaname = 'noetl' AND tableowner <> 'noetl'")).isZero();
            // The Job stops before serving: the only registry row is the service's own.
            assertThat(query("SELECT count(*) FROM runtime WHERE name <> 'deploy-checks-pod'")).isZero();
            assertThat(query("SELECT count(*) FROM runtime WHERE name = 'deploy-checks-pod' AND status = 'ready'")).isEqualTo(1);

            int applied = historyRows();
            assertThat(runJob(dev, "migrate-job-again")).as("rerun exit code").isZero();
            assertThat(historyRows()).as("a rerun applies nothing").isEqualTo(applied);
        }
    }

    private int runJob(Rendering dev, String log) throws Exception {
        var container = dev.get(Job.class, "noetl-migrate").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(ImageRef.parse(container.getImage()).name()).endsWith("/execution-service");
        try (JarProcess job = JarProcess.start("execution-service", cluster(ContainerEnv.of(dev, container)), log)) {
            return job.awaitExit(Duration.ofSeconds(120));
        }
    }

    /** A container's environment with the cluster-only parts pointed at this machine. */
    private Map<String, String> cluster(Map<String, String> env) {
        Map<String, String> local = new HashMap<>(env);
        local.put("POSTGRES_HOST", db.server().host());
        local.put("POSTGRES_PORT", Integer.toString(db.server().port()));
        local.replaceAll((k, v) -> switch (v) {
            case "<field:status.podIP>" -> "127.0.0.1";
            case "<field:metadata.name>" -> "deploy-checks-pod";
            default -> v;
        });
        assertThat(local.values()).as("every value resolved").noneMatch(v -> v.startsWith("<"));
        return local;
    }

    /** Rows in Flyway's history, or -1 while the table does not exist (nothing migrated yet). */
    private int historyRows() throws SQLException {
        if (query("SELECT count(*) FROM pg_tables WHERE schemaname = 'noetl' AND tablename = 'flyway_schema_history'") == 0) return -1;
        return query("SELECT count(*) FROM flyway_schema_history");
    }

    private int query(String sql) throws SQLException {
        var s = db.settings();
        try (Connection c = db.server().connect(s.noetlDb(), s.noetlUser(), s.noetlPassword());
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static int latestMigration() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(Repo.path("platform/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
