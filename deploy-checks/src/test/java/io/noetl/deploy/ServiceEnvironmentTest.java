package io.noetl.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every variable a service reads without a usable default is provided by its Deployment, and the ones
 * whose default is wrong in a cluster are set; every NOETL_ or POSTGRES_ variable deploy/ sets is documented.
 */
class ServiceEnvironmentTest {

    /**
     * Read through @ConfigMapping defaults in Java (`${NOETL_ENCRYPTION_KEY:}`), so not found in properties:
     * the services that need them (docs/configuration.md: catalog and execution refuse to start without a key).
     */
    static final Map<String, Set<String>> SECRETS_READ = Map.of(
            "catalog-service", Set.of("NOETL_ENCRYPTION_KEY", "NOETL_INTERNAL_TOKEN"),
            "execution-service", Set.of("NOETL_ENCRYPTION_KEY", "NOETL_INTERNAL_TOKEN"),
            "worker-service", Set.of("NOETL_INTERNAL_TOKEN"),
            "scheduler-service", Set.of("NOETL_INTERNAL_TOKEN"));
    /** Defaults that suit a laptop and are wrong in a cluster (localhost, migrating at start). */
    static final Set<String> CLUSTER_OVERRIDES = Set.of("POSTGRES_HOST", "NOETL_MIGRATE_AT_START", "NOETL_RUNTIME_ADVERTISED_HOST");

    static Stream<Arguments> overlaysAndServices() {
        return Workloads.overlaysAndServices();
    }

    static List<String> overlays() {
        return Repo.overlays();
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void everyVariableTheServiceNeedsIsProvided(String overlay, String service) {
        Set<String> required = new TreeSet<>(SECRETS_READ.get(service));
        required.addAll(CLUSTER_OVERRIDES);
        ConfigReferences.of(service).forEach((name, def) -> {
            if (def.isEmpty()) required.add(name);
        });
        Set<String> provided = Workloads.env(Renderings.of(overlay), service).keySet();
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(provided);
        assertThat(missing).as(overlay + ": " + service + " reads these but its Deployment does not set them").isEmpty();
        assertThat(required).contains("NOETL_PASSWORD");
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void servicesDoNotMigrateAdvertiseTheirPodIpAndFindTheClusterDatabase(String overlay, String service) {
        Rendering r = Renderings.of(overlay);
        Map<String, String> env = Workloads.env(r, service);
        assertThat(env).containsEntry("NOETL_MIGRATE_AT_START", "false")
                .containsEntry("NOETL_RUNTIME_ADVERTISED_HOST", "<field:status.podIP>");
        var password = Workloads.container(r.deployment(service)).getEnv().stream()
                .filter(v -> v.getName().equals("NOETL_PASSWORD")).findFirst().orElseThrow().getValueFrom().getSecretKeyRef();
        assertThat(Rendering.baseName(password.getName()) + "/" + password.getKey()).isEqualTo("noetl-database/noetl-password");
        Optional<StatefulSet> postgres = r.find(StatefulSet.class, "noetl-postgres");
        if (postgres.isPresent()) {
            Service db = r.get(Service.class, env.get("POSTGRES_HOST"));
            assertThat(postgres.get().getSpec().getTemplate().getMetadata().getLabels()).containsAllEntriesOf(db.getSpec().getSelector());
            assertThat(db.getSpec().getPorts()).anyMatch(p -> Integer.toString(p.getPort()).equals(env.get("POSTGRES_PORT")));
        } else {
            assertThat(env.get("POSTGRES_HOST")).isNotIn("localhost", "127.0.0.1");
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theMigrationJobMigratesAsTheOwnerRoleOnTheServicesDatabaseThenExits(String overlay) {
        Rendering r = Renderings.of(overlay);
        var job = r.get(Job.class, "noetl-migrate").getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = ContainerEnv.of(r, job);
        Map<String, String> service = Workloads.env(r, "execution-service");
        assertThat(env).containsEntry("NOETL_MIGRATE_AT_START", "true").containsEntry("QUARKUS_INIT_AND_EXIT", "true")
                .containsEntry("NOETL_USER", "noetl");
        for (String same : List.of("POSTGRES_HOST", "POSTGRES_PORT", "NOETL_POSTGRES_DB", "NOETL_SCHEMA", "NOETL_USER", "NOETL_PASSWORD")) {
            assertThat(env.get(same)).as("job " + same).isEqualTo(service.get(same));
        }
        assertThat(env).doesNotContainKeys("NOETL_ENCRYPTION_KEY", "NOETL_INTERNAL_TOKEN");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyPlatformVariableDeploySetsIsDocumented(String overlay) {
        Rendering r = Renderings.of(overlay);
        String docs = Repo.read("docs/configuration.md");
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(docs);
        while (m.find()) documented.add(m.group(1));
        Set<String> undocumented = new TreeSet<>();
        for (String service : Repo.SERVICES) {
            Workloads.env(r, service).keySet().stream().filter(k -> k.startsWith("NOETL_") || k.startsWith("POSTGRES_"))
                    .filter(k -> !documented.contains(k)).forEach(undocumented::add);
        }
        assertThat(undocumented).as("set by deploy/ but missing from docs/configuration.md (a typo reads as a new variable)").isEmpty();
    }
}
