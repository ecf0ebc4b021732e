package io.noetl.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Shared facts and argument sources of the workload checks. */
final class Workloads {

    private Workloads() {
    }

    /** Every (overlay, service) pair, for parameterized tests. */
    static Stream<Arguments> overlaysAndServices() {
        return Repo.overlays().stream().flatMap(o -> Repo.SERVICES.stream().map(s -> Arguments.of(o, s)));
    }

    /** The port a service listens on unless told otherwise: the default in its application.properties. */
    static int defaultPort(String service) {
        return ConfigReferences.of(service).entrySet().stream()
                .filter(e -> e.getKey().endsWith("_PORT") && e.getKey().startsWith("NOETL_"))
                .map(e -> Integer.parseInt(e.getValue().orElseThrow())).findFirst()
                .orElseThrow(() -> new AssertionError(service + " reads no NOETL_*_PORT"));
    }

    /** The service's own container (named after it). */
    static Container container(Deployment d) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(c -> c.getName().equals(d.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError(d.getMetadata().getName() + " has no container of that name"));
    }

    static Map<String, String> env(Rendering r, String service) {
        return ContainerEnv.of(r, container(r.deployment(service)));
    }

    /** Quarkus/SmallRye durations as the services accept them: 20s, 500ms, 2m or ISO-8601. */
    static Duration duration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) return Duration.parse(text);
        if (text.endsWith("ms")) return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        long n = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> Duration.ofSeconds(Long.parseLong(text));
        };
    }
}
