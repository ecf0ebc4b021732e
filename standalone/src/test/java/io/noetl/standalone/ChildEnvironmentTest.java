package io.noetl.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import io.noetl.bootstrap.BootstrapSettings;
import io.noetl.bootstrap.PgServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildEnvironmentTest {

    private static final PgServer SERVER = new PgServer("localhost", 15432, "postgres", null);

    @Test
    void theBootstrappedServerWinsButTheUsersPortsAndVariablesStay() {
        Map<String, String> parent = Map.of("POSTGRES_PORT", "5432", "NOETL_WORKER_PORT", "9093", "PATH", "/bin");
        DevSecrets secrets = new DevSecrets(Map.of(DevSecrets.KEY_VARIABLE, "k"));

        Map<String, String> env = ChildEnvironment.build(parent, BootstrapSettings.defaults(), SERVER, secrets);

        assertThat(env).containsEntry("POSTGRES_PORT", "15432").containsEntry("POSTGRES_HOST", "localhost")
                .containsEntry("NOETL_PASSWORD", "noetl").containsEntry("PATH", "/bin")
                .containsEntry("NOETL_CATALOG_PORT", "8081").containsEntry("NOETL_WORKER_PORT", "9093")
                .containsEntry(DevSecrets.KEY_VARIABLE, "k");
    }

    @Test
    void theBannerMasksPasswordsTheUserChose() {
        BootstrapSettings settings = BootstrapSettings.fromEnv(Map.of("NOETL_PASSWORD", "prod-secret"));

        String banner = Banner.render(Map.of(), settings, SERVER, true, new DataDirectory(Path.of("/d")),
                List.of(), java.time.Duration.ofSeconds(3));

        assertThat(banner).doesNotContain("prod-secret")
                .contains("postgresql://noetl:****@localhost:15432/noetl")
                .contains("postgresql://demo:demo@localhost:15432/demo_noetl")
                .contains("http://localhost:8082/api/runtime")
                .contains("http://localhost:8083/q/swagger-ui")
                .contains("Press Ctrl-C to stop.");
    }
}
