package io.noetl.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.platform.PgTestBase;
import io.noetl.platform.TestRuntimeConfig;
import io.noetl.platform.service.InstanceIdentity;
import io.noetl.platform.service.NoCapabilities;
import io.noetl.platform.service.RuntimeRegistrar;
import io.noetl.platform.service.SchemaVersion;
import io.noetl.platform.store.RuntimeRepository;
import io.noetl.platform.store.SchemaRepository;
import io.noetl.testsupport.TestDatabase;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import java.net.ServerSocket;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class PlatformReadinessTest extends PgTestBase {

    private static RuntimeRegistrar registrar(Pool db) {
        TestRuntimeConfig config = TestRuntimeConfig.of("catalog_api", "ready-test");
        return new RuntimeRegistrar(db, new RuntimeRepository(), config, new InstanceIdentity(config), new NoCapabilities());
    }

    @Test
    void upWhenTheDatabaseAnswersWithTheSchemaAndTheRowIsWritten() {
        RuntimeRegistrar registrar = registrar(pool);
        PlatformReadiness readiness = new PlatformReadiness(new SchemaVersion(pool, new SchemaRepository(), null), registrar);
        assertThat(readiness.call().await().atMost(WAIT).getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

        registrar.heartbeat().await().atMost(WAIT);
        HealthCheckResponse up = readiness.call().await().atMost(WAIT);
        assertThat(up.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(up.getData().orElseThrow()).containsEntry("registered", true);
    }

    @Test
    void downWhileTheDatabaseIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        TestDatabase db = TestDatabase.get();
        Pool unreachable = Pool.newInstance(PgBuilder.pool().connectingTo(new PgConnectOptions()
                .setHost("localhost").setPort(closedPort).setDatabase(db.settings().noetlDb())
                .setUser(db.settings().noetlUser()).setPassword(db.settings().noetlPassword()))
                .using(vertx.getDelegate()).build());
        try {
            PlatformReadiness readiness = new PlatformReadiness(
                    new SchemaVersion(unreachable, new SchemaRepository(), null), registrar(unreachable));
            HealthCheckResponse down = readiness.call().await().atMost(WAIT);
            assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(down.getData().orElseThrow()).containsEntry("database", "unreachable");
        } finally {
            unreachable.close().await().atMost(WAIT);
        }
    }
}
