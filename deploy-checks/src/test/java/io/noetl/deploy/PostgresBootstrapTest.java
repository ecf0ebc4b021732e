package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The in-cluster PostgreSQL keeps its data on a claim, and runs the very bootstrap.sql and bootstrap.sh
 * that the tests and `./noetl standalone` run, with passwords from the Secret.
 */
class PostgresBootstrapTest {

    /** The overlays that run PostgreSQL in the cluster (managed-postgres does not). */
    static List<String> overlays() {
        List<String> inCluster = Repo.overlays().stream()
                .filter(o -> Renderings.of(o).find(StatefulSet.class, "noetl-postgres").isPresent()).toList();
        assertThat(inCluster).contains("dev", "prod");
        return inCluster;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theBootstrapMountedIsTheSharedScriptByteForByte(String overlay) {
        Rendering r = Renderings.of(overlay);
        StatefulSet pg = r.get(StatefulSet.class, "noetl-postgres");
        Volume bootstrap = volume(pg, "bootstrap");
        Map<String, String> files = r.configMapData(bootstrap.getConfigMap().getName()).orElseThrow();
        assertThat(files.get("bootstrap.sql")).isEqualTo(Repo.read("deploy/postgres/bootstrap.sql"));
        assertThat(files.get("bootstrap.sh")).isEqualTo(Repo.read("deploy/postgres/bootstrap.sh"));
        assertThat(files.get("initdb.sh")).contains("bash /opt/noetl-bootstrap/bootstrap.sh");
        assertThat(bootstrap.getConfigMap().getDefaultMode()).as("executable, 0555").isEqualTo(0555);

        Volume initdb = volume(pg, "initdb");
        assertThat(initdb.getConfigMap().getName()).isEqualTo(bootstrap.getConfigMap().getName());
        assertThat(initdb.getConfigMap().getItems()).singleElement().satisfies(i -> assertThat(i.getKey()).isEqualTo("initdb.sh"));
        Container c = pg.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(c.getVolumeMounts()).extracting(VolumeMount::getName, VolumeMount::getMountPath)
                .contains(org.assertj.core.groups.Tuple.tuple("bootstrap", "/opt/noetl-bootstrap"),
                        org.assertj.core.groups.Tuple.tuple("initdb", "/docker-entrypoint-initdb.d"),
                        org.assertj.core.groups.Tuple.tuple("data", "/var/lib/postgresql/data"));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void dataLivesOnAClaimAndPasswordsComeFromTheSecret(String overlay) {
        Rendering r = Renderings.of(overlay);
        StatefulSet pg = r.get(StatefulSet.class, "noetl-postgres");
        assertThat(pg.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(pvc -> {
            assertThat(pvc.getMetadata().getName()).isEqualTo("data");
            assertThat(pvc.getSpec().getResources().getRequests()).containsKey("storage");
        });
        Container c = pg.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (String password : List.of("POSTGRES_PASSWORD", "NOETL_PASSWORD", "NOETL_DEMO_PASSWORD")) {
            EnvVar v = c.getEnv().stream().filter(e -> e.getName().equals(password)).findFirst().orElseThrow();
            assertThat(Rendering.baseName(v.getValueFrom().getSecretKeyRef().getName())).as(password).isEqualTo("noetl-database");
        }
        Map<String, String> env = ContainerEnv.of(r, c);
        // The names the services connect with are the names the bootstrap creates.
        Map<String, String> service = Workloads.env(r, "execution-service");
        assertThat(env.get("NOETL_USER")).isEqualTo(service.get("NOETL_USER"));
        assertThat(env.get("NOETL_POSTGRES_DB")).isEqualTo(service.get("NOETL_POSTGRES_DB"));
        assertThat(env.get("NOETL_SCHEMA")).isEqualTo(service.get("NOETL_SCHEMA"));
        assertThat(env.get("NOETL_PASSWORD")).isEqualTo(service.get("NOETL_PASSWORD"));
        assertThat(env).containsEntry("POSTGRES_USER", "postgres").containsKey("PGDATA");
        assertThat(env.get("PGDATA")).startsWith("/var/lib/postgresql/data/");
    }

    private static Volume volume(StatefulSet pg, String name) {
        return pg.getSpec().getTemplate().getSpec().getVolumes().stream().filter(v -> v.getName().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no volume " + name));
    }
}
